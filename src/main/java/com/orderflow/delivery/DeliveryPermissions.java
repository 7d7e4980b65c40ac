package com.orderflow.delivery;

import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * Who may do what with zones and runs (K10, K15): admins and order managers dispatch (plan runs,
 * move stops, choose the delivery boy, set a point); delivery boys see their own runs; the desk
 * roles see the zone master, which only admins extend; the dispatcher and the biller take the
 * delivery boys' cash at day end.
 */
final class DeliveryPermissions {
    enum Action {
        VIEW_ZONES("see the delivery zones"), EDIT_ZONES("change the locality master"),
        VIEW_RUNS("see delivery runs"), DISPATCH("plan delivery runs"),
        HANDLE_CASH("take the delivery boys' cash");

        private final String words;

        Action(String words) {
            this.words = words;
        }
    }

    private static final Map<Action, Set<String>> ALLOWED = Map.of(
            Action.VIEW_ZONES, Set.of(Roles.ADMIN, Roles.ORDER_MANAGER, Roles.BILLER, Roles.CUSTOMER_CARE),
            Action.EDIT_ZONES, Set.of(Roles.ADMIN),
            Action.VIEW_RUNS, Set.of(Roles.ADMIN, Roles.ORDER_MANAGER, Roles.DELIVERY),
            Action.DISPATCH, Set.of(Roles.ADMIN, Roles.ORDER_MANAGER),
            Action.HANDLE_CASH, Set.of(Roles.ADMIN, Roles.ORDER_MANAGER, Roles.BILLER));

    private DeliveryPermissions() {
    }

    static boolean allows(CurrentUser user, Action action) {
        return ALLOWED.get(action).stream().anyMatch(user::hasRole);
    }

    static void check(CurrentUser user, Action action) {
        if (!allows(user, action)) {
            throw new AccessDeniedException("Your role may not " + action.words);
        }
    }
}
