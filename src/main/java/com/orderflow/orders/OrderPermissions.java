package com.orderflow.orders;

import java.util.Locale;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.LatestDecisions;
import com.orderflow.platform.security.CurrentUser;

/**
 * The role × action × status matrix (F2) lives in {@code dmn/order-action-permission.dmn}, so a
 * process owner changes who may do what by editing a table and deploying it. The newest deployed
 * version is used. It runs on every request, so it is evaluated by a standalone DMN engine that
 * writes no decision history; each deployed version is parsed once.
 */
@Component
class OrderPermissions {
    static final String DECISION_KEY = "order-action-permission";

    enum Action {
        VIEW, CREATE, EDIT, NOTE, CANCEL, DISCOUNT;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final LatestDecisions decisions;

    OrderPermissions(LatestDecisions decisions) {
        this.decisions = decisions;
    }

    boolean allows(CurrentUser user, Action action, OrderStatus status) {
        DmnDecision decision = decisions.latest(DECISION_KEY);
        return user.roles().stream().anyMatch(role -> Boolean.TRUE.equals(decisions.engine().evaluateDecisionTable(decision,
                Variables.createVariables().putValue("action", action.key()).putValue("role", role)
                        .putValue("status", status == null ? "" : status.name()))
                .getSingleEntry()));
    }

    void check(CurrentUser user, Action action, OrderStatus status) {
        if (!allows(user, action, status)) {
            throw new AccessDeniedException("Your role may not " + action.key() + " orders"
                    + (status == null ? "" : " that are " + status));
        }
    }
}
