package com.orderflow.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bills and credit notes are numbered without gaps per series and financial year (a GST rule): for
 * each series every number from 1 to the series' last value is on a bill or a credit note, and none
 * is beyond it. Read-only SQL of this module.
 */
@Component
class BillSeriesCheck {
    private static final int MOST_LISTED = 10;

    private final JdbcTemplate jdbc;

    BillSeriesCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        jdbc.query("SELECT prefix, fy_start, last_value FROM bill_number_series ORDER BY prefix, fy_start", row -> {
            String prefix = row.getString(1);
            int fy = row.getInt(2);
            long last = row.getLong(3);
            String series = String.format("%s-%02d%02d-", prefix, fy % 100, (fy + 1) % 100);
            Set<Long> used = new TreeSet<>(jdbc.queryForList("""
                    SELECT CAST(SUBSTRING(n FROM ?) AS BIGINT) FROM (
                        SELECT bill_number AS n FROM bill UNION ALL SELECT note_number FROM credit_note) numbers
                    WHERE n LIKE ? AND SUBSTRING(n FROM ?) ~ '^[0-9]+$'
                    """, Long.class, series.length() + 1, series + "%", series.length() + 1));
            List<String> missing = new ArrayList<>();
            for (long value = 1; value <= last; value++) {
                if (!used.contains(value)) {
                    missing.add(series + String.format("%06d", value));
                }
            }
            if (!missing.isEmpty()) {
                findings.add(new Finding("BILLS", series + "…", missing.size() + " number(s) given out but on no bill or "
                        + "credit note: " + String.join(", ", missing.subList(0, Math.min(MOST_LISTED, missing.size())))
                        + (missing.size() > MOST_LISTED ? " …" : "")));
            }
            used.stream().filter(value -> value > last).findFirst().ifPresent(beyond -> findings.add(new Finding("BILLS",
                    series + "…", "a document numbered " + series + String.format("%06d", beyond)
                            + " lies beyond the series' last number " + last)));
        });
        return findings;
    }
}
