package com.orderflow.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import com.orderflow.reports.RowSink;

/**
 * Streams the benchmark's generated history into PostgreSQL with COPY (CSV), the fastest way in:
 * our tables take instants, the engine's history tables local times in the JVM's zone, as the
 * engine writes them.
 */
final class CopyRowSink extends RowSink {
    private final DataSource dataSource;

    CopyRowSink(DataSource dataSource) {
        super(20_000);
        this.dataSource = dataSource;
    }

    @Override
    protected void write(String table, List<String> columns, List<Object[]> rows) {
        boolean engine = table.startsWith("ACT_");
        StringBuilder csv = new StringBuilder(rows.size() * 120);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell(row[i], engine));
            }
            csv.append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                    + ") FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        } catch (Exception e) {
            throw new IllegalStateException("COPY into " + table + " failed", e);
        }
    }

    private static String cell(Object value, boolean engine) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant at) {
            return engine ? LocalDateTime.ofInstant(at, ZoneId.systemDefault()).toString()
                    : at.atOffset(ZoneOffset.UTC).toString();
        }
        String text = value.toString();
        if (text.isEmpty() || text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
