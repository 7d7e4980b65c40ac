package com.orderflow.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import com.orderflow.platform.NumberSeries;
import com.orderflow.platform.ShopClock;

/**
 * Order numbers {@code KO-2026-000123}: unique per year, safe across threads and nodes. The series
 * row is incremented with an UPDATE inside the caller's transaction, so the database's row lock
 * serialises concurrent orders, and a rolled-back order gives its number back.
 */
@Component
class OrderNumberSeries implements ApplicationRunner {
    private final NumberSeries series;
    private final String prefix;
    private final ShopClock clock;

    OrderNumberSeries(JdbcTemplate jdbc, PlatformTransactionManager transactions, ShopClock clock,
            @Value("${orderflow.order-number-prefix:KO}") String prefix) {
        this.series = new NumberSeries(jdbc, transactions, "order_number_series");
        this.clock = clock;
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
        return String.format("%s-%d-%06d", prefix, year, series.next(prefix, year));
    }

    /** Creates the year's series if missing. */
    void ensureSeries(int year) {
        series.ensure(prefix, year);
    }
}
