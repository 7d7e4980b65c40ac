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
        // values set directly: a null as type NULL, so the driver is not asked for each column's type
        jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")",
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement statement, int i) throws java.sql.SQLException {
                        Object[] values = converted.get(i);
                        for (int c = 0; c < values.length; c++) {
                            if (values[c] == null) {
                                statement.setNull(c + 1, java.sql.Types.NULL);
                            } else {
                                statement.setObject(c + 1, values[c]);
                            }
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return converted.size();
                    }
                });
    }
}
