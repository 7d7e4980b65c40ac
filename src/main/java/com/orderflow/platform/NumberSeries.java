package com.orderflow.platform;

import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counters per prefix and year in a table of shape {@code (prefix, series_year, last_value)}, such as
 * order, return and jewelry numbers: unique across threads and nodes. The row is incremented with an
 * UPDATE inside the caller's transaction, so the database's row lock serialises concurrent callers
 * and a rolled-back caller gives its number back.
 */
public final class NumberSeries {
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final String table;

    public NumberSeries(JdbcTemplate jdbc, PlatformTransactionManager transactions, String table) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a series table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next value of the series, created first if missing; only inside the caller's transaction. */
    public long next(String prefix, int year) {
        Long value = increment(prefix, year);
        if (value == null) {
            ensure(prefix, year);
            value = increment(prefix, year);
        }
        return value;
    }

    /**
     * Creates the series if missing, in a transaction of its own. Callers create the series they will
     * need at start-up: creating one lazily needs a second connection per waiting caller, which a
     * burst at once would exhaust.
     */
    public void ensure(String prefix, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> {
                Integer present = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM " + table + " WHERE prefix = ? AND series_year = ?",
                        Integer.class, prefix, year);
                if (present == null || present == 0) {
                    jdbc.update("INSERT INTO " + table + " (prefix, series_year, last_value) VALUES (?, ?, 0)",
                            prefix, year);
                }
            });
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the series exists now, which is all we need
        }
    }

    private Long increment(String prefix, int year) {
        int rows = jdbc.update("UPDATE " + table + " SET last_value = last_value + 1 WHERE prefix = ? AND series_year = ?",
                prefix, year);
        if (rows == 0) {
            return null;
        }
        return jdbc.queryForObject("SELECT last_value FROM " + table + " WHERE prefix = ? AND series_year = ?",
                Long.class, prefix, year);
    }
}
