package com.orderflow.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.delivery.ZoneService;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.reports.Grouping;
import com.orderflow.reports.Heatmap;
import com.orderflow.reports.ReportRange;
import com.orderflow.reports.Reports;
import com.orderflow.reports.RollUp;
import com.orderflow.reports.ShopHistory;

/**
 * The reports' benchmark (part of {@code mvn -Pbench}; {@code -Dbench.only=reports} runs it alone):
 * writes a history of {@code bench.history} finished orders (default 100 000) over two years
 * straight into the embedded PostgreSQL with COPY, rolls it up (the first roll-up a shop would run
 * after upgrading), takes the watermark back a day so that every report also computes a day of
 * live changes, and prints p50/p95 of each report and of the heatmap over 31 and 365 days. Target:
 * p95 ≤ 300 ms at 1 000 000 orders.
 */
final class ReportsBenchmark {
    private static final int DAYS = 730;
    private static final int RUNS = Integer.getInteger("bench.reportRuns", 20);
    private static final CurrentUser OWNER = new CurrentUser("owner", Set.of(Roles.ADMIN));
    private static final String[][] LOCALITIES = {{"Dahisar East", "400068"}, {"Borivali West", "400092"},
        {"Borivali East", "400066"}, {"Mira Road", "401107"}, {"Dahisar West", "400068"}};
    private static final String[][] SWEETS = {{"Kaju Katli", "1200"}, {"Motichoor Ladoo", "640"}, {"Modak", "900"},
        {"Karanji", "720"}, {"Besan Ladoo", "640"}, {"Chakli", "520"}, {"Shrikhand", "480"}, {"Peda", "800"},
        {"Barfi", "760"}, {"Jalebi", "440"}};

    private ReportsBenchmark() {
    }

    static void run(ConfigurableApplicationContext app) throws Exception {
        writeHistory(app, Integer.getInteger("bench.history", 100_000));
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        LocalDate yesterday = app.getBean(ShopClock.class).today().minusDays(1);
        long start = System.nanoTime();
        app.getBean(RollUp.class).run();
        jdbc.execute("ANALYZE");
        row("first roll-up of the whole history, s", (System.nanoTime() - start) / 1e9, "");
        // a day of changes for the live part, as in the evening before the next roll-up
        jdbc.update("UPDATE report_state SET watermark = watermark - INTERVAL '1 day' WHERE name = 'daily'");
        row("orders changed since the (moved) watermark", jdbc.queryForObject(
                "SELECT COUNT(*) FROM customer_order WHERE created_at >= (SELECT watermark FROM report_state WHERE name = 'daily')",
                Long.class), "");

        Reports reports = app.getBean(Reports.class);
        Heatmap heatmap = app.getBean(Heatmap.class);
        System.out.printf("  %-34s %10s %10s %10s%n", "report (range)", "p50 ms", "p95 ms", "max ms");
        for (int days : new int[] {31, 365}) {
            LocalDate from = yesterday.minusDays(days - 1);
            for (String[] report : new String[][] {{"sales", "day"}, {"sales", "month"}, {"products", "day"},
                {"pending", "day"}, {"people", "day"}, {"fulfilment", "week"}, {"time-in-status", "day"},
                {"customers", "day"}}) {
                time(report[0] + " by " + report[1] + " (" + days + " d)", () -> reports.report(report[0], from.toString(),
                        yesterday.toString(), report[1], OWNER, Locale.ENGLISH));
            }
            ReportRange range = new ReportRange(from, yesterday, Grouping.DAY);
            time("heatmap order-fulfilment (" + days + " d)", () -> heatmap.heat("order-fulfilment", null, range, OWNER));
        }
    }

    /**
     * Writes about {@code history} finished orders over two years with COPY (the plain indexes of the
     * tables written are dropped first and built again after, as one bulk-loads), then ANALYZE.
     * Also the big-data benchmark's generator of finished orders ({@link BigDataBenchmark}).
     */
    static void writeHistory(ConfigurableApplicationContext app, int history) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ShopClock clock = app.getBean(ShopClock.class);
        LocalDate yesterday = clock.today().minusDays(1);
        int perDay = Math.max(1, history / DAYS);
        List<ShopHistory.Product> products = products(jdbc);
        List<ShopHistory.Customer> customers = customers(app.getBean(ZoneService.class), Math.max(50, history / 20));
        RepositoryService repository = app.getBean(RepositoryService.class);
        ShopHistory.Setup setup = new ShopHistory.Setup(yesterday.minusDays(DAYS - 3), DAYS - 2, perDay,
                Math.max(1, perDay / 2), 2026, clock.zone(), products, customers, List.of("packer", "sunil", "asha"),
                List.of("biller", "meera"), List.of("ravi", "imran", "salim", "deepak"), "KO", "KB", 1,
                latest(repository, "order-fulfilment"), latest(repository, "delivery-run"), id -> id,
                new ShopHistory.Ids(ShopHistory.firstFreeId(jdbc)));

        System.out.println();
        System.out.println("orderflow reports benchmark — embedded PostgreSQL, history of about " + history
                + " finished orders over " + (DAYS - 2) + " days (" + perDay + " a day), " + customers.size() + " customers");
        long start = System.nanoTime();
        CopyRowSink sink = new CopyRowSink(app.getBean(DataSource.class));
        long[] orders = {0};
        BulkLoad.withoutPlainIndexes(jdbc, List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
                "act_hi_identitylink", "customer_order", "order_line", "order_status_change", "bill", "bill_line",
                "payment", "packing_record", "delivery_stop", "delivery_run", "counter_sale", "counter_sale_line"),
                () -> orders[0] = ShopHistory.write(setup, sink));
        ShopHistory.moveIdGenerators(jdbc);
        jdbc.execute("ANALYZE");
        double generation = (System.nanoTime() - start) / 1e9;
        row("history written (orders)", orders[0], "");
        row("rows written (shop tables + engine history)", sink.rows(), "");
        row("generation with COPY, s", generation, "");
        row("rows/s", sink.rows() / generation, "");
    }

    private static void time(String name, Supplier<?> report) {
        for (int i = 0; i < 3; i++) {
            report.get();
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            report.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("  %-34s %10d %10d %10d%n", name, ms[(int) Math.floor(0.5 * (RUNS - 1))],
                ms[(int) Math.ceil(0.95 * (RUNS - 1))], ms[RUNS - 1]);
    }

    private static void row(String name, double value, String unit) {
        System.out.printf("  %-46s %14.2f %s%n", name, value, unit);
    }

    /** Ten sweets in three sizes, with a batch and stock in each pool. */
    private static List<ShopHistory.Product> products(JdbcTemplate jdbc) {
        List<ShopHistory.Product> products = new ArrayList<>();
        String[][] sizes = {{"1KG", "1 kg", "1000", "1"}, {"500", "500 g", "500", "0.5"}, {"250", "250 g", "250", "0.25"}};
        for (String[] sweet : SWEETS) {
            for (String[] size : sizes) {
                String letters = sweet[0].replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
                String sku = "B-" + letters.substring(0, Math.min(5, letters.length())) + "-" + size[0];
                BigDecimal price = new BigDecimal(sweet[1]).multiply(new BigDecimal(size[3])).setScale(2);
                jdbc.update("INSERT INTO product (sku, name, size_label, unit_weight_grams, price, reorder_level,"
                        + " returns_restockable, created_at) VALUES (?, ?, ?, ?, ?, 10, false, now())", sku, sweet[0], size[1],
                        new BigDecimal(size[2]), price);
                long product = jdbc.queryForObject("SELECT id FROM product WHERE sku = ?", Long.class, sku);
                jdbc.update("INSERT INTO stock_batch (product_id, batch_number, production_date, expiry_date, received_at)"
                        + " VALUES (?, ?, current_date, current_date + 30, now())", product, "B-" + sku);
                long batch = jdbc.queryForObject("SELECT id FROM stock_batch WHERE product_id = ?", Long.class, product);
                for (String pool : new String[] {"COUNTER", "ADVANCE_BOOKING", "RETURN"}) {
                    jdbc.update("INSERT INTO stock_balance (product_id, batch_id, pool, quantity) VALUES (?, ?, ?, ?)",
                            product, batch, pool, pool.equals("COUNTER") ? 200 : 20);
                }
                products.add(new ShopHistory.Product(product, batch, sku, sweet[0], size[1], price,
                        Integer.parseInt(size[2])));
            }
        }
        return products;
    }

    private static List<ShopHistory.Customer> customers(ZoneService zones, int count) {
        List<String> zoneOf = Arrays.stream(LOCALITIES).map(place -> zones.zoneOf(place[1], place[0])).toList();
        List<ShopHistory.Customer> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] place = LOCALITIES[i % LOCALITIES.length];
            customers.add(new ShopHistory.Customer("Customer " + i, String.format("+9197%08d", i), place[0], place[1],
                    zoneOf.get(i % LOCALITIES.length)));
        }
        return customers;
    }

    private static String latest(RepositoryService repository, String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
    }
}
