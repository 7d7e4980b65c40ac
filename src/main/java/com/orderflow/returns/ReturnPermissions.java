package com.orderflow.returns;

import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * Who may do what with returns (K9, K10): Customer Care and Admin open them; Billers decide,
 * Order Managers review, Packers inspect the goods, and all of them (not delivery boys) see returns
 * and their photos.
 */
final class ReturnPermissions {
    private ReturnPermissions() {
    }

    static boolean mayView(CurrentUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.CUSTOMER_CARE) || user.hasRole(Roles.BILLER)
                || user.hasRole(Roles.PACKER) || user.hasRole(Roles.ORDER_MANAGER);
    }

    static boolean mayOpen(CurrentUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.CUSTOMER_CARE);
    }

    static boolean mayInspect(CurrentUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.PACKER);
    }

    static void checkView(CurrentUser user) {
        if (!mayView(user)) {
            throw new AccessDeniedException("Returns are for Admin, Customer Care, Biller, Packer and Order Manager");
        }
    }

    static void checkOpen(CurrentUser user) {
        if (!mayOpen(user)) {
            throw new AccessDeniedException("Returns are opened by Customer Care and Admin");
        }
    }

    static void checkInspect(CurrentUser user) {
        if (!mayInspect(user)) {
            throw new AccessDeniedException("Returned goods are inspected by Packers and Admin");
        }
    }
}
