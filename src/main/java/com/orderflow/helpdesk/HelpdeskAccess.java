package com.orderflow.helpdesk;

import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/** Who works the help desk: Customer Care answers, the order manager takes escalations; admins do all. */
final class HelpdeskAccess {
    private HelpdeskAccess() {
    }

    static boolean mayWork(CurrentUser user) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.CUSTOMER_CARE) || user.hasRole(Roles.ORDER_MANAGER);
    }

    static void checkWork(CurrentUser user) {
        if (!mayWork(user)) {
            throw new AccessDeniedException("Your role may not work support tickets");
        }
    }
}
