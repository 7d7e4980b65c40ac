package com.orderflow.orders.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every action the code writes into the audit trail has a name on the order page in English,
 * Marathi and Hindi, so the story never shows a code such as TRACKING_LINK_ISSUED.
 */
class ActionNamesTest {
    private static final Pattern RECORD = Pattern.compile("audit\\.record\\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("String action = (.*?);", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z_]{2,})\"");
    /** What TaskAuditListener records; its codes sit in a switch rather than in the record call. */
    private static final List<String> TASK_ACTIONS = List.of("TASK_CREATED", "TASK_CLAIMED", "TASK_UNCLAIMED",
            "TASK_COMPLETED", "TASK_CANCELLED");

    private static Set<String> recordedActions() throws IOException {
        Set<String> codes = new TreeSet<>(TASK_ACTIONS);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern call : List.of(RECORD, ACTION)) {
                    Matcher m = call.matcher(source);
                    while (m.find()) {
                        Matcher code = CODE.matcher(m.group(1));
                        while (code.find()) {
                            codes.add(code.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyRecordedActionIsNamedInEnglishMarathiAndHindi() throws IOException {
        Set<String> codes = recordedActions();
        assertTrue(codes.containsAll(Set.of("ORDER_CREATED", "TRACKING_LINK_ISSUED", "DISCOUNT_GIVEN", "RETURN_DECIDED")),
                "the scan finds the codes: " + codes);
        for (String name : List.of("messages.properties", "messages_mr.properties", "messages_hi.properties")) {
            Properties bundle = bundle(name);
            Set<String> unnamed = new TreeSet<>();
            codes.stream().filter(code -> bundle.getProperty("action." + code) == null).forEach(unnamed::add);
            assertEquals(Set.of(), unnamed, "actions without a name in " + name);
        }
    }
}
