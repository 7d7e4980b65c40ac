package com.orderflow.jewelry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.orderflow.support.DecisionTableProbe;

/** {@code dmn/karigar-assignment.dmn} row by row (J3): category, metal and workload to a karigar id. */
class KarigarAssignmentTableTest {
    private final DecisionTableProbe probe = new DecisionTableProbe("karigar-assignment");

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("ring", "GOLD", 0, "ramesh", "Rule_SmallGoldPieces"),
                Arguments.of("earring", "GOLD", 7, "ramesh", "Rule_SmallGoldPieces"),
                Arguments.of("pendant", "GOLD", 8, "bapu", "Rule_SmallGoldPiecesBusy"),
                Arguments.of("ring", "GOLD", 25, "bapu", "Rule_SmallGoldPiecesBusy"),
                Arguments.of("chain", "GOLD", 30, "ganesh", "Rule_ChainsAndNecklaces"),
                Arguments.of("mangalsutra", "PLATINUM", 1, "ganesh", "Rule_ChainsAndNecklaces"),
                Arguments.of("ring", "SILVER", 0, "salim", "Rule_Silver"),
                Arguments.of("chain", "SILVER", 3, "salim", "Rule_Silver"),
                Arguments.of("bangle", "GOLD", 2, "bapu", "Rule_BanglesAndBracelets"),
                Arguments.of("bracelet", "PLATINUM", 0, "bapu", "Rule_BanglesAndBracelets"),
                Arguments.of("ring", "PLATINUM", 0, null, "Rule_NoSuggestion"),
                Arguments.of("anklet", "GOLD", 0, null, "Rule_NoSuggestion"),
                Arguments.of("other", "GOLD", 0, null, "Rule_NoSuggestion"));
    }

    @ParameterizedTest(name = "{0} in {1} with {2} open → {3} by {4}")
    @MethodSource("orders")
    void eachRowNamesItsKarigar(String category, String metal, int workload, String karigar, String row) {
        assertEquals(karigar, probe.evaluate(inputs(category, metal, workload)));
        assertEquals(row, probe.answeringRow());
    }

    @Test
    void theCasesReachEveryRow() {
        Set<String> reached = new TreeSet<>();
        orders().forEach(a -> {
            probe.evaluate(inputs((String) a.get()[0], (String) a.get()[1], (Integer) a.get()[2]));
            reached.add(probe.answeringRow());
        });
        assertEquals(new TreeSet<>(probe.rowIds()), reached);
    }

    @Test
    void everyKarigarTheTableNamesIsInTheDemoMaster() {
        Set<String> named = new TreeSet<>();
        orders().forEach(a -> {
            if (a.get()[3] != null) {
                named.add((String) a.get()[3]);
            }
        });
        assertTrue(Set.of("ramesh", "ganesh", "salim", "bapu").containsAll(named), named.toString());
        assertEquals(List.of("ramesh", "ganesh", "salim", "bapu").size(), named.size());
    }

    private static Map<String, Object> inputs(String category, String metal, int workload) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("category", category);
        inputs.put("metal", metal);
        inputs.put("workload", (long) workload);
        return inputs;
    }
}
