package com.orderflow.returns;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.NumberSeries;
import com.orderflow.platform.ShopClock;

/**
 * Return numbers {@code KR-2026-000001}: per prefix and year, from a counter row that the opening
 * transaction updates (and so locks) until it commits, on every node.
 */
@Component
class ReturnNumbers {
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,4}");

    private final NumberSeries series;
    private final ShopClock clock;
    private final String prefix;

    ReturnNumbers(JdbcTemplate jdbc, ShopClock clock,
            ReturnsSettings settings) {
        if (settings.getNumberPrefix() == null || !PREFIX.matcher(settings.getNumberPrefix()).matches()) {
            throw new IllegalStateException("orderflow.returns.number-prefix must be 1 to 4 capital letters or digits, "
                    + "was '" + settings.getNumberPrefix() + "'");
        }
        this.series = new NumberSeries(jdbc, "return_number_series");
        this.clock = clock;
        this.prefix = settings.getNumberPrefix();
    }

    /** The next number of this year; only inside the transaction that opens the return. */
    String next() {
        int year = clock.today().getYear();
        return String.format("%s-%d-%06d", prefix, year, series.next(prefix, year));
    }
}
