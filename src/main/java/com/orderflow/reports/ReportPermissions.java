package com.orderflow.reports;

import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * Who may see which reports (K10): the owner (admin) and the order manager see every report, the
 * heatmap and the daily summary; packers, billers and delivery boys see their own figures on "My
 * work" and nobody else's.
 */
final class ReportPermissions {
    enum Action {
        VIEW_SHOP("see the shop's reports"), VIEW_OWN("see your own work figures");

        private final String words;

        Action(String words) {
            this.words = words;
        }
    }

    private static final Map<Action, Set<String>> ALLOWED = Map.of(
            Action.VIEW_SHOP, Set.of(Roles.ADMIN, Roles.ORDER_MANAGER),
            Action.VIEW_OWN, Set.of(Roles.ADMIN, Roles.ORDER_MANAGER, Roles.PACKER, Roles.BILLER, Roles.DELIVERY));

    private ReportPermissions() {
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
