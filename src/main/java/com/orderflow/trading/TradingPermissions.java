package com.orderflow.trading;

import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.LatestDecisions;
import com.orderflow.platform.security.CurrentUser;

/**
 * Who may do what in the trading business (F2): the table {@code dmn/trading-action-permission.dmn}
 * (action × role), so that a process owner changes it in Camunda Modeler and deploys it; the newest
 * deployed version is asked on every request.
 */
@Component
public class TradingPermissions {
    static final String DECISION_KEY = "trading-action-permission";

    /** What a user may do; the words finish "Your role may not …". */
    public enum Action {
        VIEW("see trading orders"), PLACE("take trading orders"), SCAN_SERIALS("record serial numbers"),
        DISPATCH("record courier scans and deliveries"), RELEASE_PAYMENT("release vendor payments"),
        VIEW_LEDGER("see the vendor ledger"), EDIT_STAGES("change the vendor payment stages"),
        VISIT("work installation visits");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final LatestDecisions decisions;

    TradingPermissions(LatestDecisions decisions) {
        this.decisions = decisions;
    }

    public boolean allows(CurrentUser user, Action action) {
        return user.roles().stream().anyMatch(role -> Boolean.TRUE.equals(decisions.evaluate(DECISION_KEY,
                Map.of("action", action.key(), "role", role)).getSingleEntry()));
    }

    public void check(CurrentUser user, Action action) {
        if (!allows(user, action)) {
            throw new AccessDeniedException("Your role may not " + action.words);
        }
    }
}
