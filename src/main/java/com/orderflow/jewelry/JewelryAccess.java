package com.orderflow.jewelry;

import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * Who may do what with jewelry orders. Counters (billers) take orders and hand pieces over; the
 * karigar desk issues and receives work; the head-office order manager sees every branch, keeps
 * karigars and rates. Admin may do everything.
 */
final class JewelryAccess {
    private static final String[] TAKE = {Roles.BILLER, Roles.ORDER_MANAGER};

    private JewelryAccess() {
    }

    static void mayView(CurrentUser user) {
        require(user, "see jewelry orders", Roles.BILLER, Roles.ORDER_MANAGER, Roles.KARIGAR_DESK, Roles.CUSTOMER_CARE);
    }

    static void mayTake(CurrentUser user) {
        require(user, "take jewelry orders", TAKE);
    }

    static boolean takesOrders(CurrentUser user) {
        return has(user, TAKE);
    }

    static void mayKeepMasters(CurrentUser user) {
        require(user, "keep karigars and metal rates", Roles.ORDER_MANAGER);
    }

    static boolean keepsMasters(CurrentUser user) {
        return has(user, Roles.ORDER_MANAGER);
    }

    static void mayHandleSamples(CurrentUser user) {
        require(user, "return or account for samples", Roles.KARIGAR_DESK, Roles.ORDER_MANAGER);
    }

    static void mayAddPhotos(CurrentUser user) {
        require(user, "add photos", Roles.BILLER, Roles.ORDER_MANAGER, Roles.KARIGAR_DESK);
    }

    private static void require(CurrentUser user, String what, String... roles) {
        if (!has(user, roles)) {
            throw new AccessDeniedException("Your role may not " + what);
        }
    }

    private static boolean has(CurrentUser user, String... roles) {
        if (user.hasRole(Roles.ADMIN)) {
            return true;
        }
        for (String role : roles) {
            if (user.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
