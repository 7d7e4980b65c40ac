package com.orderflow.inventory;

import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * Who may do what with stock (K10): billers and admins sell, the godown (packers) and admins take
 * stock in, only admins keep the product master, move stock between pools or correct it after a count; every staff role but
 * delivery sees the stock.
 */
final class StockPermissions {
    enum Action {
        VIEW("see the stock"), SELL("sell at the counter"), RECEIVE("take stock in"),
        TRANSFER("move stock between pools"), ADJUST("correct stock after a count"), REVIEW("run the stock review"),
        MANAGE_PRODUCTS("add or change products and prices");

        private final String words;

        Action(String words) {
            this.words = words;
        }
    }

    private static final Map<Action, Set<String>> ALLOWED = Map.of(
            Action.VIEW, Set.of(Roles.ADMIN, Roles.BILLER, Roles.PACKER, Roles.CUSTOMER_CARE, Roles.ORDER_MANAGER,
                    Roles.KARIGAR_DESK),
            Action.SELL, Set.of(Roles.ADMIN, Roles.BILLER),
            Action.RECEIVE, Set.of(Roles.ADMIN, Roles.PACKER),
            Action.TRANSFER, Set.of(Roles.ADMIN),
            Action.ADJUST, Set.of(Roles.ADMIN),
            Action.REVIEW, Set.of(Roles.ADMIN),
            Action.MANAGE_PRODUCTS, Set.of(Roles.ADMIN));

    private StockPermissions() {
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
