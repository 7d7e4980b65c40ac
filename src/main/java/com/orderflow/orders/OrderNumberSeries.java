package com.orderflow.orders;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * Order numbers {@code KO-2026-000123}: unique per year, safe across threads and nodes, from one
 * database sequence per prefix and year. A sequence takes no lock, so concurrent orders do not wait
 * for each other's process start and commit (as they did behind the series row's lock, issue 18); an
 * order that rolls back leaves a gap in the numbers, which order numbers may have (bill numbers, which
 * may not, have their own gap-free series in billing). Each sequence continues where the year's row in
 * {@code order_number_series} (the counter of earlier versions) stopped.
 */
@Component
@Order(1)
class OrderNumberSeries implements StartupStep {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,8}");
    private final JdbcTemplate jdbc;
    private final String prefix;
    private final ShopClock clock;
    private final Set<Integer> ready = ConcurrentHashMap.newKeySet();

    OrderNumberSeries(JdbcTemplate jdbc, ShopClock clock,
            @Value("${orderflow.order-number-prefix:KO}") String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalStateException("orderflow.order-number-prefix must be 1 to 8 letters or digits: " + prefix);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.prefix = prefix;
    }

    /**
     * Creates this year's and next year's sequence at start-up, so that the first order of a year does
     * not create it while other orders wait.
     */
    @Override
    public void run() {
        int year = clock.today().getYear();
        ensureSeries(year);
        ensureSeries(year + 1);
    }

    String next(int year) {
        if (!ready.contains(year)) {
            ensureSeries(year); // only a node running since before last new year's day comes here
        }
        long value = jdbc.queryForObject("SELECT nextval('" + sequence(year) + "')", Long.class);
        return String.format("%s-%d-%06d", prefix, year, value);
    }

    /** Creates the year's sequence if missing, starting after the last number the old counter gave. */
    void ensureSeries(int year) {
        List<Long> counted = jdbc.queryForList("SELECT last_value FROM order_number_series WHERE prefix = ?"
                + " AND series_year = ?", Long.class, prefix, year);
        long start = counted.isEmpty() ? 1 : counted.get(0) + 1;
        jdbc.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence(year) + " START WITH " + start);
        ready.add(year);
    }

    private String sequence(int year) {
        return "order_number_" + prefix.toLowerCase(Locale.ROOT) + "_" + year;
    }
}
