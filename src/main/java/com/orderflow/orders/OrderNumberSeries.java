package com.orderflow.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.platform.ShopClock;

/**
 * Order numbers {@code KO-2026-000123}: unique per year, safe across threads and nodes. The series
 * row is incremented with an UPDATE inside the caller's transaction, so the database's row lock
 * serialises concurrent orders, and a rolled-back order gives its number back.
 */
@Component
class OrderNumberSeries implements ApplicationRunner {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final String prefix;
    private final ShopClock clock;

    OrderNumberSeries(JdbcTemplate jdbc, PlatformTransactionManager transactions, ShopClock clock,
            @Value("${orderflow.order-number-prefix:KO}") String prefix) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.prefix = prefix;
    }

    /**
     * Creates this year's and next year's series at start-up. Creating one lazily needs a second
     * connection per waiting order, which a burst of orders at once would exhaust.
     */
    @Override
    public void run(ApplicationArguments args) {
        int year = clock.today().getYear();
        ensureSeries(year);
        ensureSeries(year + 1);
    }

    String next(int year) {
        Long value = increment(year);
        if (value == null) {
            ensureSeries(year);
            value = increment(year);
        }
        return String.format("%s-%d-%06d", prefix, year, value);
    }

    /** Creates the year's series if missing. */
    void ensureSeries(int year) {
        try {
            separateTransaction.executeWithoutResult(status -> {
                Integer present = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM order_number_series WHERE prefix = ? AND series_year = ?",
                        Integer.class, prefix, year);
                if (present == null || present == 0) {
                    jdbc.update("INSERT INTO order_number_series (prefix, series_year, last_value) VALUES (?, ?, 0)",
                            prefix, year);
                }
            });
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the series exists now, which is all we need
        }
    }

    private Long increment(int year) {
        int rows = jdbc.update(
                "UPDATE order_number_series SET last_value = last_value + 1 WHERE prefix = ? AND series_year = ?",
                prefix, year);
        if (rows == 0) {
            return null;
        }
        return jdbc.queryForObject("SELECT last_value FROM order_number_series WHERE prefix = ? AND series_year = ?",
                Long.class, prefix, year);
    }
}
