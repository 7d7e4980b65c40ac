package com.orderflow.jewelry;

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
 * Numbers of custom orders ({@code JO-2026-000001}), repairs ({@code JR-2026-000001}) and tags
 * ({@code T-000001}, never restarting: a tag outlives the year). Like the shop's order numbers,
 * each series row is incremented inside the caller's transaction, so the row lock serialises
 * counters and nodes, and a rolled-back intake gives its number back.
 */
@Component
class JewelryNumbers implements ApplicationRunner {
    static final String TAG_PREFIX = "T";
    private static final int TAG_SERIES_YEAR = 0;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final ShopClock clock;

    JewelryNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Creates the series up front: creating one lazily needs a second connection per waiting counter. */
    @Override
    public void run(ApplicationArguments args) {
        int year = clock.today().getYear();
        for (JewelryKind kind : JewelryKind.values()) {
            ensure(kind.prefix(), year);
            ensure(kind.prefix(), year + 1);
        }
        ensure(TAG_PREFIX, TAG_SERIES_YEAR);
    }

    String nextOrderNumber(JewelryKind kind) {
        int year = clock.today().getYear();
        return String.format("%s-%d-%06d", kind.prefix(), year, next(kind.prefix(), year));
    }

    String nextTag() {
        return String.format("%s-%06d", TAG_PREFIX, next(TAG_PREFIX, TAG_SERIES_YEAR));
    }

    private long next(String prefix, int year) {
        Long value = increment(prefix, year);
        if (value == null) {
            ensure(prefix, year);
            value = increment(prefix, year);
        }
        return value;
    }

    private void ensure(String prefix, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> {
                Integer present = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM jewelry_number_series WHERE prefix = ? AND series_year = ?",
                        Integer.class, prefix, year);
                if (present == null || present == 0) {
                    jdbc.update("INSERT INTO jewelry_number_series (prefix, series_year, last_value) VALUES (?, ?, 0)",
                            prefix, year);
                }
            });
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            // the series exists now, which is all we need
        }
    }

    private Long increment(String prefix, int year) {
        int rows = jdbc.update(
                "UPDATE jewelry_number_series SET last_value = last_value + 1 WHERE prefix = ? AND series_year = ?",
                prefix, year);
        if (rows == 0) {
            return null;
        }
        return jdbc.queryForObject("SELECT last_value FROM jewelry_number_series WHERE prefix = ? AND series_year = ?",
                Long.class, prefix, year);
    }
}
