package com.orderflow.trading;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.NumberSeries;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * Trading order numbers {@code TO-2026-000001} and purchase order numbers {@code PO-2026-000001}:
 * unique per year across threads and nodes, given back by a rolled-back transaction.
 */
@Component
@Order(2)
class TradingNumbers implements StartupStep {
    private final NumberSeries series;
    private final TradingSettings settings;
    private final ShopClock clock;

    TradingNumbers(JdbcTemplate jdbc, TradingSettings settings, ShopClock clock) {
        this.series = new NumberSeries(jdbc, "trading_number_series");
        this.settings = settings;
        this.clock = clock;
    }

    /** This year's and next year's series exist before the first order waits for them. */
    @Override
    public void run() {
        int year = clock.today().getYear();
        for (String prefix : new String[] {settings.getOrderPrefix(), settings.getPurchaseOrderPrefix()}) {
            series.ensure(prefix, year);
            series.ensure(prefix, year + 1);
        }
    }

    String nextOrder() {
        return next(settings.getOrderPrefix());
    }

    String nextPurchaseOrder() {
        return next(settings.getPurchaseOrderPrefix());
    }

    private String next(String prefix) {
        int year = clock.today().getYear();
        return String.format("%s-%d-%06d", prefix, year, series.next(prefix, year));
    }
}
