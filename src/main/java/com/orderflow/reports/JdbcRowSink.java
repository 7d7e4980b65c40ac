package com.orderflow.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes {@link ShopHistory}'s rows with JDBC batches (H2 or PostgreSQL). The engine's history
 * tables keep times without a zone, written in the JVM's zone as the engine writes them; our own
 * tables keep instants.
 */
public final class JdbcRowSink extends RowSink {
    private final JdbcTemplate jdbc;

    public JdbcRowSink(JdbcTemplate jdbc) {
        super(2_000);
        this.jdbc = jdbc;
    }

    @Override
    protected void write(String table, List<String> columns, List<Object[]> rows) {
        boolean engine = table.startsWith("ACT_");
        List<Object[]> converted = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] values = new Object[row.length];
            for (int i = 0; i < row.length; i++) {
                values[i] = row[i] instanceof Instant at
                        ? engine ? Timestamp.from(at) : OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : row[i];
            }
            converted.add(values);
        }
        jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")", converted);
    }
}
