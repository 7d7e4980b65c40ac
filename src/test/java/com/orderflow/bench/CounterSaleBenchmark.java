package com.orderflow.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.inventory.CounterSaleRequest;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.inventory.Pool;
import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.StockService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * Counter sales per second and their latency with 16 concurrent cashiers on PostgreSQL, next to the
 * ceiling: a plain single-row UPDATE transaction over the same pool. The sales spread over 16
 * products (a busy counter sells many things at once); each sale locks its product's rows, checks,
 * deducts, writes ledger, sale and audit rows. Run by {@link LifecycleBenchmark} (mvn -Pbench test).
 */
final class CounterSaleBenchmark {
    private static final int CLIENTS = 16;
    private static final int SALES = Integer.getInteger("bench.sales", 3000);
    private static final int PRODUCTS = 16;
    /** Sold-out batches each product had before (a batch a day for two months, as at a real counter). */
    private static final int PAST_BATCHES = Integer.getInteger("bench.past-batches", 60);
    private static final CurrentUser OWNER = new CurrentUser("owner", Set.of("admin"));
    private static final CurrentUser BILLER = new CurrentUser("biller", Set.of("biller"));

    private CounterSaleBenchmark() {
    }

    interface Call {
        void run() throws Exception;
    }

    /** Runs the counter sale benchmark and answers the sales' p99 latency in ms. */
    static double run(ConfigurableApplicationContext app) throws Exception {
        StockService stock = app.getBean(StockService.class);
        CounterSaleService counter = app.getBean(CounterSaleService.class);
        ShopClock clock = app.getBean(ShopClock.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < PRODUCTS; i++) {
            String sku = "BENCH-" + i + "-" + System.nanoTime() % 100000;
            stock.addProduct(new StockRequests.NewProduct(sku, "Bench sweet " + i, "250 g", new BigDecimal("250"),
                    new BigDecimal("100"), 0, false), OWNER);
            stock.receive(new StockRequests.Receipt(sku, "BB1", clock.today(), clock.today().plusDays(30),
                    SALES * 2, Pool.COUNTER), OWNER);
            skus.add(sku);
            pastBatches(jdbc, sku);
        }
        AtomicInteger next = new AtomicInteger();
        Call sale = () -> counter.sell(new CounterSaleRequest(List.of(new CounterSaleRequest.Line(
                skus.get(next.getAndIncrement() % PRODUCTS), 1))), BILLER);
        measure(sale, SALES / 10); // warm-up
        long[] sales = measure(sale, SALES);
        double salesSeconds = sales[sales.length - 1] / 1e9;

        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_counter (id INTEGER PRIMARY KEY, quantity BIGINT NOT NULL)");
        jdbc.update("DELETE FROM bench_counter");
        for (int i = 0; i < PRODUCTS; i++) {
            jdbc.update("INSERT INTO bench_counter (id, quantity) VALUES (?, ?)", i, 1_000_000_000L);
        }
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        AtomicInteger row = new AtomicInteger();
        Call update = () -> tx.executeWithoutResult(s -> jdbc.update(
                "UPDATE bench_counter SET quantity = quantity - 1 WHERE id = ? AND quantity >= 1",
                row.getAndIncrement() % PRODUCTS));
        measure(update, SALES / 10);
        long[] updates = measure(update, SALES * 3);
        double updateSeconds = updates[updates.length - 1] / 1e9;

        System.out.println();
        System.out.println("orderflow counter sale benchmark — embedded PostgreSQL, " + CLIENTS + " concurrent clients, "
                + PRODUCTS + " products, each with " + PAST_BATCHES + " sold-out batches of the past (-Dbench.past-batches)");
        print("counter sales", SALES, salesSeconds, sales);
        print("ceiling: 1-row UPDATE tx", SALES * 3, updateSeconds, updates);
        System.out.printf("  %-46s %10.2f%n", "counter sales/s ÷ ceiling", (SALES / salesSeconds) / (SALES * 3 / updateSeconds));
        return p99(sales) / 1e6;
    }

    private static long p99(long[] latencies) {
        long[] sorted = Arrays.copyOf(latencies, latencies.length - 1);
        Arrays.sort(sorted);
        return sorted[(int) (sorted.length * 0.99)];
    }

    /** The product's sold-out batches of the past: a balance row per pool, all empty. */
    private static void pastBatches(JdbcTemplate jdbc, String sku) {
        jdbc.update("INSERT INTO stock_batch (product_id, batch_number, production_date, expiry_date, received_at)"
                + " SELECT p.id, 'PAST-' || g, current_date - g - 2, current_date - g + 10, now() - g * interval '1 day'"
                + " FROM product p, generate_series(1, ?) g WHERE p.sku = ?", PAST_BATCHES, sku);
        jdbc.update("INSERT INTO stock_balance (product_id, batch_id, pool, quantity) SELECT b.product_id, b.id, pool, 0"
                + " FROM stock_batch b JOIN product p ON p.id = b.product_id"
                + " CROSS JOIN (VALUES ('ADVANCE_BOOKING'), ('COUNTER'), ('RETURN')) AS pools (pool)"
                + " WHERE p.sku = ? AND b.batch_number LIKE 'PAST-%'", sku);
    }

    private static void print(String what, int count, double seconds, long[] latencies) {
        long[] sorted = Arrays.copyOf(latencies, latencies.length - 1);
        Arrays.sort(sorted);
        System.out.printf("  %-46s %10.2f%n", what + "/s", count / seconds);
        System.out.printf("  %-46s %10.2f%n", what + " p50 ms", sorted[sorted.length / 2] / 1e6);
        System.out.printf("  %-46s %10.2f%n", what + " p99 ms", p99(latencies) / 1e6);
    }

    /** Runs the call {@code count} times over the clients; answers each latency (ns) and, last, the elapsed ns. */
    private static long[] measure(Call call, int count) throws Exception {
        long[] latencies = new long[count + 1];
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < CLIENTS; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = left.decrementAndGet()) >= 0) {
                        long t0 = System.nanoTime();
                        call.run();
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        latencies[count] = System.nanoTime() - start;
        return latencies;
    }
}
