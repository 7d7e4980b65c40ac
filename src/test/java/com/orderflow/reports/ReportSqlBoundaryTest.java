package com.orderflow.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The reports read other modules only through the views they own (issue 14): no SQL in the
 * reports package names another module's table; it names the report_* tables and views, or the
 * engine's history (ACT_HI_*, which no migration can put a view over).
 */
class ReportSqlBoundaryTest {
    private static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    void theReportsReadOtherModulesOnlyThroughTheirOwnViews() throws IOException {
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/orderflow/reports"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = READ.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1);
                    if (!table.startsWith("report_") && !table.startsWith("ACT_HI_")) {
                        foreign.add(file.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(foreign).as("reads of other modules' tables outside the report_v_* views").isEmpty();
    }
}
