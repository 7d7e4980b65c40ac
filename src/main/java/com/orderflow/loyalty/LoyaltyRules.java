package com.orderflow.loyalty;

import java.math.BigDecimal;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.LatestDecision;

/** The owner's loyalty table (dmn/loyalty-points.dmn), its newest deployed version. */
@Component
class LoyaltyRules {
    static final String DECISION_KEY = "loyalty-points";

    private final LatestDecision decision;

    LoyaltyRules(RepositoryService repository) {
        this.decision = new LatestDecision(DECISION_KEY, repository);
    }

    /** The terms for a customer who was billed {@code yearSpend} rupees in the last 365 days. */
    LoyaltyTerms termsFor(BigDecimal yearSpend) {
        DmnDecisionResultEntries row = decision.evaluate(
                Variables.createVariables().putValue("yearSpend", yearSpend.doubleValue())).getSingleResult();
        if (row == null) {
            throw new IllegalStateException("Decision " + DECISION_KEY + " has no row for a spend of " + yearSpend);
        }
        return new LoyaltyTerms(String.valueOf(row.get("tier")), number(row, "pointsPerHundredRupees").intValue(),
                new BigDecimal(number(row, "rupeesPerPoint").toString()), number(row, "minimumRedemption").intValue(),
                number(row, "expiryMonths").intValue());
    }

    private static Number number(DmnDecisionResultEntries row, String output) {
        Object value = row.get(output);
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("Decision " + DECISION_KEY + " gives no number for " + output);
        }
        return n;
    }
}
