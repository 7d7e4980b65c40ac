package com.orderflow.jewelry;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.platform.NumberSeries;
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

    private final NumberSeries series;
    private final ShopClock clock;

    JewelryNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, ShopClock clock) {
        this.series = new NumberSeries(jdbc, transactions, "jewelry_number_series");
        this.clock = clock;
    }

    /** Creates the series up front: creating one lazily needs a second connection per waiting counter. */
    @Override
    public void run(ApplicationArguments args) {
        int year = clock.today().getYear();
        for (JewelryKind kind : JewelryKind.values()) {
            series.ensure(kind.prefix(), year);
            series.ensure(kind.prefix(), year + 1);
        }
        series.ensure(TAG_PREFIX, TAG_SERIES_YEAR);
    }

    String nextOrderNumber(JewelryKind kind) {
        int year = clock.today().getYear();
        return String.format("%s-%d-%06d", kind.prefix(), year, series.next(kind.prefix(), year));
    }

    String nextTag() {
        return String.format("%s-%06d", TAG_PREFIX, series.next(TAG_PREFIX, TAG_SERIES_YEAR));
    }
}
