package com.orderflow.jewelry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.orderflow.support.DecisionTableProbe;

/** {@code dmn/weight-tolerance.dmn} row by row (J5): which pieces back from a karigar need the order manager. */
class WeightToleranceTableTest {
    private final DecisionTableProbe probe = new DecisionTableProbe("weight-tolerance");

    static Stream<Arguments> pieces() {
        return Stream.of(
                Arguments.of(true, "chain", 9.5, false, "Rule_WithinOrderTolerance"),
                Arguments.of(false, "chain", 2.0, false, "Rule_Chains"),
                Arguments.of(false, "necklace", -2.0, false, "Rule_Chains"),
                Arguments.of(false, "chain", 2.01, true, "Rule_OutOfTolerance"),
                Arguments.of(false, "ring", 4.99, false, "Rule_SmallPieces"),
                Arguments.of(false, "earring", -5.0, false, "Rule_SmallPieces"),
                Arguments.of(false, "ring", 5.01, true, "Rule_OutOfTolerance"),
                Arguments.of(false, "bangle", 3.0, false, "Rule_OtherPieces"),
                Arguments.of(false, "bangle", -3.5, true, "Rule_OutOfTolerance"),
                Arguments.of(false, "other", 0.0, false, "Rule_OtherPieces"));
    }

    @ParameterizedTest(name = "within order tolerance {0}, {1} {2}% → needs approval {3} by {4}")
    @MethodSource("pieces")
    void eachRowDecidesApproval(boolean withinOrderTolerance, String category, double percent, boolean needsApproval,
            String row) {
        assertEquals(needsApproval, probe.evaluate(Map.of("withinOrderTolerance", withinOrderTolerance, "category",
                category, "differencePercent", percent)));
        assertEquals(row, probe.answeringRow());
    }

    @Test
    void theCasesReachEveryRow() {
        Set<String> reached = new TreeSet<>();
        pieces().forEach(a -> {
            probe.evaluate(Map.of("withinOrderTolerance", a.get()[0], "category", a.get()[1], "differencePercent",
                    a.get()[2]));
            reached.add(probe.answeringRow());
        });
        assertEquals(new TreeSet<>(probe.rowIds()), reached);
    }
}
