package com.orderflow.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.NumberSeries;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * Order numbers {@code KO-2026-000123}: unique per year, safe across threads and nodes. The series
 * row is incremented with an UPDATE inside the caller's transaction, so the database's row lock
 * serialises concurrent orders, and a rolled-back order gives its number back.
 */
@Component
@Order(1)
class OrderNumberSeries implements StartupStep {
    private final NumberSeries series;
    private final String prefix;
    private final ShopClock clock;

    OrderNumberSeries(JdbcTemplate jdbc, ShopClock clock,
            @Value("${orderflow.order-number-prefix:KO}") String prefix) {
        this.series = new NumberSeries(jdbc, "order_number_series");
        this.clock = clock;
        this.prefix = prefix;
    }

    /**
     * Creates this year's and next year's series at start-up, so that the first order of a year does
     * not create it while other orders wait.
     */
    @Override
    public void run() {
        int year = clock.today().getYear();
        ensureSeries(year);
        ensureSeries(year + 1);
    }

    String next(int year) {
        return String.format("%s-%d-%06d", prefix, year, series.next(prefix, year));
    }

    /** Creates the year's series if missing. */
    void ensureSeries(int year) {
        series.ensure(prefix, year);
    }
}
