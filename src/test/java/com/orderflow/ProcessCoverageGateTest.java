package com.orderflow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every diagram in processes/ has a process test class ({@code <ProcessKey in CamelCase>ProcessTest})
 * that reaches at least 90% of its elements (flow nodes and sequence flows). Reads the reports the
 * process test coverage extension wrote during this run, so it runs after every other class.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageGateTest {
    private static final double REQUIRED = 0.9;
    private static final Path REPORTS = Path.of("target", "process-test-coverage");

    @Test
    void everyDiagramIsCoveredByItsOwnProcessTest() throws IOException {
        List<String> keys;
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            keys = diagrams.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn"))
                    .map(n -> n.substring(0, n.length() - ".bpmn".length())).sorted().toList();
        }
        StringBuilder problems = new StringBuilder();
        for (String key : keys) {
            String testClass = testClassFor(key);
            Path report;
            try (Stream<Path> dirs = Files.exists(REPORTS) ? Files.list(REPORTS) : Stream.empty()) {
                report = dirs.filter(d -> d.getFileName().toString().endsWith("." + testClass))
                        .map(d -> d.resolve("report.json")).filter(Files::exists).findFirst().orElse(null);
            }
            if (report == null) {
                problems.append(key).append(": no coverage report of a ").append(testClass).append('\n');
                continue;
            }
            double coverage = coverage(new ObjectMapper().readTree(report.toFile()), key);
            if (coverage < REQUIRED) {
                problems.append(key).append(": ").append(testClass).append(" covers ")
                        .append(Math.round(coverage * 100)).append("% of its elements, below 90%\n");
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    /** "order-fulfilment" → "OrderFulfilmentProcessTest" */
    static String testClassFor(String key) {
        StringBuilder name = new StringBuilder();
        for (String part : key.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name + "ProcessTest";
    }

    private static double coverage(JsonNode report, String key) {
        int total = 0;
        for (JsonNode model : report.path("models")) {
            if (key.equals(model.path("key").asText())) {
                total = model.path("totalElementCount").asInt();
            }
        }
        Set<String> reached = new HashSet<>();
        for (JsonNode suite : report.path("suites")) {
            for (JsonNode run : suite.path("runs")) {
                for (JsonNode event : run.path("events")) {
                    if (key.equals(event.path("modelKey").asText())) {
                        reached.add(event.path("definitionKey").asText());
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) reached.size() / total;
    }
}
