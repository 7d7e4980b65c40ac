package com.orderflow.jewelry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.orderflow.platform.identity.DemoUser;
import com.orderflow.support.DecisionTableProbe;

/**
 * {@code dmn/karigar-assignment.dmn} row by row (J3): the table chooses among the shop's karigar
 * master (the least busy karigar who makes the category in the metal, found before it runs) and
 * names no karigar itself, so a real shop's table works without editing out demo names.
 */
class KarigarAssignmentTableTest {
    private final DecisionTableProbe probe = new DecisionTableProbe("karigar-assignment");

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("ring", "GOLD", "k-anil", 0, "k-anil", "Rule_LeastBusyKarigar"),
                Arguments.of("chain", "SILVER", "k-bela", 14, "k-bela", "Rule_LeastBusyKarigar"),
                Arguments.of("bangle", "GOLD", "k-anil", 15, null, "Rule_EveryoneBusy"),
                Arguments.of("necklace", "PLATINUM", "k-bela", 40, null, "Rule_EveryoneBusy"),
                Arguments.of("anklet", "PLATINUM", null, 0, null, "Rule_NobodyMakesIt"),
                Arguments.of("other", "GOLD", null, 0, null, "Rule_NobodyMakesIt"));
    }

    @ParameterizedTest(name = "{0} in {1}, least busy {2} with {3} open → {4} by {5}")
    @MethodSource("orders")
    void eachRowSuggestsTheMastersKarigarOrLeavesItToTheManager(String category, String metal, String skilled,
            int workload, String karigar, String row) {
        assertEquals(karigar, probe.evaluate(inputs(category, metal, skilled, workload)));
        assertEquals(row, probe.answeringRow());
    }

    @Test
    void theCasesReachEveryRow() {
        Set<String> reached = new TreeSet<>();
        orders().forEach(a -> {
            Object[] v = a.get();
            probe.evaluate(inputs((String) v[0], (String) v[1], (String) v[2], (Integer) v[3]));
            reached.add(probe.answeringRow());
        });
        assertEquals(new TreeSet<>(probe.rowIds()), reached);
    }

    @Test
    void theShippedTableNamesNoKarigarAndNoDemoPerson() throws IOException {
        for (String output : probe.outputTexts()) {
            assertFalse(output != null && output.contains("\""), "an output names a karigar by id: " + output);
        }
        String file;
        try (InputStream in = getClass().getResourceAsStream("/dmn/karigar-assignment.dmn")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase();
        }
        for (String demo : new String[] {"ramesh", "ganesh", "salim", "bapu"}) {
            assertFalse(file.contains(demo), "the shipped table names the demo karigar " + demo);
        }
        DemoUser.ALL.forEach(user -> assertFalse(file.contains("\"" + user.id() + "\""), user.id()));
        assertTrue(probe.outputTexts().contains("skilledKarigar"), probe.outputTexts().toString());
    }

    private static Map<String, Object> inputs(String category, String metal, String skilled, int workload) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("category", category);
        inputs.put("metal", metal);
        inputs.put("skilledKarigar", skilled);
        inputs.put("workload", (long) workload);
        return inputs;
    }
}
