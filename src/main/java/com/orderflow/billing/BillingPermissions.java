package com.orderflow.billing;

import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * Who may do what with bills (K10): Admin, Biller, Customer Care and Order Manager read them;
 * money (payments, revisions, credit notes, cancellations, flags) is for Billers and Admins;
 * sending a bill to the customer also for Customer Care. Packers and delivery boys see no bills.
 */
final class BillingPermissions {
    private BillingPermissions() {
    }

    static boolean mayView(CurrentUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.BILLER) || user.hasRole(Roles.CUSTOMER_CARE)
                || user.hasRole(Roles.ORDER_MANAGER);
    }

    static boolean mayHandleMoney(CurrentUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.BILLER);
    }

    static boolean maySend(CurrentUser user) {
        return mayHandleMoney(user) || user.hasRole(Roles.CUSTOMER_CARE);
    }

    static void checkView(CurrentUser user) {
        if (!mayView(user)) {
            throw new AccessDeniedException("Bills are for Admin, Biller, Customer Care and Order Manager");
        }
    }

    static void checkMoney(CurrentUser user) {
        if (!mayHandleMoney(user)) {
            throw new AccessDeniedException("Payments, revisions, credit notes and cancellations are for Biller and Admin");
        }
    }

    static void checkSend(CurrentUser user) {
        if (!maySend(user)) {
            throw new AccessDeniedException("Sending a bill to the customer is for Customer Care, Biller and Admin");
        }
    }
}
