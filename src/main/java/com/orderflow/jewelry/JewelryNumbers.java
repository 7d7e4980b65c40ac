package com.orderflow.jewelry;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.NumberSeries;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * Numbers of custom orders ({@code JO-2026-000001}), repairs ({@code JR-2026-000001}) and tags
 * ({@code T-000001}, never restarting: a tag outlives the year). Like the shop's order numbers,
 * each series row is incremented inside the caller's transaction, so the row lock serialises
 * counters and nodes, and a rolled-back intake gives its number back.
 */
@Component
@Order(1)
class JewelryNumbers implements StartupStep {
    static final String TAG_PREFIX = "T";
    private static final int TAG_SERIES_YEAR = 0;

    private final NumberSeries series;
    private final ShopClock clock;

    JewelryNumbers(JdbcTemplate jdbc, ShopClock clock) {
        this.series = new NumberSeries(jdbc, "jewelry_number_series");
        this.clock = clock;
    }

    /** Creates the series up front, so that the first intake of a year does not create it while others wait. */
    @Override
    public void run() {
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
