package com.orderflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exact row counts of every table of the app's schema, to say how many rows a finished order leaves
 * behind: the engine's runtime (ACT_RU_*), its history (ACT_HI_*), its other tables (ACT_GE_*, such as
 * the byte arrays of variables and history) and ours.
 */
final class RowCounts {
    private RowCounts() {
    }

    static Map<String, Long> of(JdbcTemplate jdbc) {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'bench\\_%'", String.class);
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table.toLowerCase(), jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Long.class));
        }
        return counts;
    }

    /** What each table gained since the earlier counts (only tables that changed). */
    static Map<String, Long> since(Map<String, Long> before, JdbcTemplate jdbc) {
        Map<String, Long> grown = new TreeMap<>();
        of(jdbc).forEach((table, count) -> {
            long delta = count - before.getOrDefault(table, 0L);
            if (delta != 0) {
                grown.put(table, delta);
            }
        });
        return grown;
    }

    static void print(String title, Map<String, Long> grown, int orders) {
        Map<String, Long> groups = new LinkedHashMap<>();
        groups.put("engine runtime (act_ru_*)", 0L);
        groups.put("engine history (act_hi_*)", 0L);
        groups.put("engine other (act_ge_*, act_re_*, act_id_*)", 0L);
        groups.put("ours", 0L);
        grown.forEach((table, delta) -> groups.merge(group(table), delta, Long::sum));
        long total = groups.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("  %-46s %10.2f%n", title + ", total", total / (double) orders);
        groups.forEach((group, delta) -> System.out.printf("    %-44s %10.2f%n", group, delta / (double) orders));
        StringBuilder tables = new StringBuilder("    by table:");
        grown.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> tables.append(String.format(" %s %.1f;", e.getKey(), e.getValue() / (double) orders)));
        System.out.println(tables);
    }

    private static String group(String table) {
        if (table.startsWith("act_ru_")) {
            return "engine runtime (act_ru_*)";
        }
        if (table.startsWith("act_hi_")) {
            return "engine history (act_hi_*)";
        }
        return table.startsWith("act_") ? "engine other (act_ge_*, act_re_*, act_id_*)" : "ours";
    }
}
