package com.orderflow.returns;

import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.platform.ShopClock;

/**
 * Return numbers {@code KR-2026-000001}: per prefix and year, from a counter row that the opening
 * transaction updates (and so locks) until it commits, on every node.
 */
@Component
class ReturnNumbers {
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,4}");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final ShopClock clock;
    private final String prefix;

    ReturnNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, ShopClock clock,
            ReturnsSettings settings) {
        if (settings.getNumberPrefix() == null || !PREFIX.matcher(settings.getNumberPrefix()).matches()) {
            throw new IllegalStateException("orderflow.returns.number-prefix must be 1 to 4 capital letters or digits, "
                    + "was '" + settings.getNumberPrefix() + "'");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.prefix = settings.getNumberPrefix();
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of this year; only inside the transaction that opens the return. */
    String next() {
        int year = clock.today().getYear();
        Long value = increment(year);
        if (value == null) {
            ensureSeries(year);
            value = increment(year);
        }
        return String.format("%s-%d-%06d", prefix, year, value);
    }

    private void ensureSeries(int year) {
        try {
            separateTransaction.executeWithoutResult(status -> {
                Integer present = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM return_number_series WHERE prefix = ? AND series_year = ?",
                        Integer.class, prefix, year);
                if (present == null || present == 0) {
                    jdbc.update("INSERT INTO return_number_series (prefix, series_year, last_value) VALUES (?, ?, 0)",
                            prefix, year);
                }
            });
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the series exists now, which is all we need
        }
    }

    private Long increment(int year) {
        int rows = jdbc.update(
                "UPDATE return_number_series SET last_value = last_value + 1 WHERE prefix = ? AND series_year = ?",
                prefix, year);
        if (rows == 0) {
            return null;
        }
        return jdbc.queryForObject("SELECT last_value FROM return_number_series WHERE prefix = ? AND series_year = ?",
                Long.class, prefix, year);
    }
}
