package com.orderflow.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.orderflow.returns.process.ReturnsProcess;
import com.orderflow.support.DecisionTableProbe;

/**
 * {@code dmn/refund-or-replacement.dmn} row by row on a plain DMN engine, asked with the variables
 * the returns process sets: each case names the row that must answer and what it decides, and
 * together the cases reach every row.
 */
class RefundOrReplacementTableTest {
    private final DecisionTableProbe probe = new DecisionTableProbe(ReturnsProcess.DECISION_KEY);

    static Stream<Arguments> cases() {
        return Stream.of(
                // reason, perishable, order value, days since delivery, earlier returns → decision, row
                Arguments.of("WRONG_ITEM", false, 800L, 0, 3, "review", "Rule_FrequentReturner"),
                Arguments.of("DAMAGED", true, 300L, 1, 5, "review", "Rule_FrequentReturner"),
                Arguments.of("SPOILED", true, 900L, 3, 0, "reject", "Rule_SpoiledReportedLate"),
                Arguments.of("SPOILED", true, 9000L, 5, 2, "reject", "Rule_SpoiledReportedLate"),
                Arguments.of("DAMAGED", false, 900L, 8, 0, "reject", "Rule_ReportedTooLate"),
                Arguments.of("SPOILED", false, 900L, 10, 0, "reject", "Rule_ReportedTooLate"),
                Arguments.of("WRONG_ITEM", false, 5000L, 0, 0, "review", "Rule_HighValueOrder"),
                Arguments.of("REFUSED", true, 12000L, 0, 1, "review", "Rule_HighValueOrder"),
                Arguments.of("WRONG_ITEM", true, 4999L, 7, 2, "replacement", "Rule_WrongItem"),
                Arguments.of("MISSING_PIECES", true, 1200L, 1, 0, "replacement", "Rule_MissingPieces"),
                Arguments.of("DAMAGED", true, 1200L, 0, 0, "refund", "Rule_DamagedPerishable"),
                Arguments.of("DAMAGED", false, 1200L, 2, 0, "replacement", "Rule_DamagedDry"),
                Arguments.of("SPOILED", true, 600L, 2, 0, "refund", "Rule_Spoiled"),
                Arguments.of("SPOILED", false, 600L, 5, 0, "refund", "Rule_Spoiled"),
                Arguments.of("REFUSED", true, 2000L, 0, 0, "refund", "Rule_Refused"),
                Arguments.of("OTHER", false, 100L, 0, 0, "review", "Rule_Default"),
                Arguments.of("OTHER", true, 4000L, 6, 2, "review", "Rule_Default"));
    }

    @ParameterizedTest(name = "{0}, perishable {1}, ₹{2}, {3} day(s), {4} earlier → {5} by {6}")
    @MethodSource("cases")
    void eachRowDecidesTheReturnsItNames(String reason, boolean perishable, long orderValue, int days, int history,
            String decision, String row) {
        DmnDecisionRuleResult result = evaluate(reason, perishable, orderValue, days, history);
        assertEquals(decision, result.getEntry("decision"));
        assertEquals(row, probe.answeringRow(), "the first matching row answers");
        String why = result.getEntry("reasonText");
        assertEquals(true, why != null && why.length() > 10, "every row says why, for the biller: " + why);
    }

    @Test
    void theCasesReachEveryRowAndTheLastRowCatchesEverythingElse() {
        Set<String> reached = new TreeSet<>();
        cases().forEach(a -> {
            Object[] v = a.get();
            evaluate((String) v[0], (boolean) v[1], (long) v[2], (int) v[3], (int) v[4]);
            reached.add(probe.answeringRow());
        });
        List<String> rows = probe.rowIds();
        assertEquals(new TreeSet<>(rows), reached, "a row no case reaches is untested");
        assertEquals("Rule_Default", rows.get(rows.size() - 1));
    }

    @Test
    void everyRowDecidesOneOfTheFourWaysTheProcessKnows() {
        Set<String> known = Set.of(ReturnsProcess.DECISION_REFUND, ReturnsProcess.DECISION_REPLACEMENT,
                ReturnsProcess.DECISION_REJECT, ReturnsProcess.DECISION_REVIEW);
        probe.rules().forEach(rule -> {
            String text = rule.getConclusions().get(0).getExpression().replace("\"", "");
            assertEquals(true, known.contains(text), rule.getId() + " decides '" + text + "'");
            assertEquals(true, ReturnDecision.of(text).isPresent());
        });
    }

    private DmnDecisionRuleResult evaluate(String reason, boolean perishable, long orderValue, int days, int history) {
        return probe.engine.evaluateDecisionTable(probe.table, Variables.createVariables()
                .putValue(ReturnsProcess.VAR_REASON, reason)
                .putValue(ReturnsProcess.VAR_PERISHABLE, perishable)
                .putValue(ReturnsProcess.VAR_ORDER_VALUE, orderValue)
                .putValue(ReturnsProcess.VAR_DAYS_SINCE_DELIVERY, days)
                .putValue(ReturnsProcess.VAR_RETURN_HISTORY, history)).getSingleResult();
    }
}
