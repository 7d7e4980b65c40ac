package com.orderflow.platform;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counters per prefix and year in a table of shape {@code (prefix, series_year, last_value)}, such as
 * order, return and jewelry numbers: unique across threads and nodes. The row is incremented with an
 * UPDATE inside the caller's transaction, so the database's row lock serialises concurrent callers
 * and a rolled-back caller gives its number back.
 */
public final class NumberSeries {
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcTemplate jdbc;
    private final String table;

    public NumberSeries(JdbcTemplate jdbc, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a series table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
    }

    /** The next value of the series, created first if missing; only inside the caller's transaction. */
    public long next(String prefix, int year) {
        List<Long> value = increment(prefix, year);
        if (value.isEmpty()) {
            ensure(prefix, year);
            value = increment(prefix, year);
        }
        return value.get(0);
    }

    /**
     * Creates the series if missing, in the caller's transaction (or on its own outside one). A
     * concurrent creator makes this wait for its commit and then do nothing, without failing the
     * caller's transaction, so no second connection is ever needed. Callers create the series they
     * will need at start-up anyway, so that the first order of a year does not queue behind it.
     */
    public void ensure(String prefix, int year) {
        jdbc.update("INSERT INTO " + table + " (prefix, series_year, last_value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
                prefix, year);
    }

    private List<Long> increment(String prefix, int year) {
        return jdbc.queryForList("UPDATE " + table + " SET last_value = last_value + 1 WHERE prefix = ? AND series_year = ?"
                + " RETURNING last_value", Long.class, prefix, year);
    }
}
