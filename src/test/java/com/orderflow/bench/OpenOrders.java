package com.orderflow.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.platform.ShopClock;
import com.orderflow.reports.ShopHistory;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.TestOrders;

/**
 * Fills the database with open orders as a very busy shop would have them: the order, its lines and
 * status timeline in our tables, and in the engine the process instance waiting where an order of
 * that status waits. Half are Received (waiting at "Pack order" for the packers), a quarter Packed
 * (at "Bill order" for the billers), a quarter Ready for dispatch (at the out-for-delivery message).
 * The engine rows are copies of three real orders the app itself took to those steps
 * ({@link EngineTemplate}), so they are what the engine writes (runtime, FULL history, the per-task
 * authorizations that Tasklist's query joins), at a cost of seconds instead of 100 000 process starts
 * (about 30 a second here: an hour).
 */
final class OpenOrders {
    private static final String[] CHANNELS = {"PHONE", "PHONE", "PHONE", "ONLINE", "ONLINE", "COUNTER"};
    private static final String[][] PLACES = {{"Dahisar East", "400068"}, {"Borivali West", "400092"},
        {"Borivali East", "400066"}, {"Mira Road", "401107"}};
    private static final String[][] LINES = {{"KK-1KG", "Kaju Katli", "1 kg", "1200"},
        {"MOD-500", "Ukadiche Modak", "500 g", "450"}, {"KAR-250", "Karanji", "250 g", "180"}};

    private OpenOrders() {
    }

    /** Writes {@code count} open orders placed over the last two days; returns the numbers of a few of them. */
    static List<String> write(ConfigurableApplicationContext app, int count) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<String> sample = new ArrayList<>();
        List<String> tables = new ArrayList<>(List.of("customer_order", "order_line", "order_status_change"));
        tables.addAll(EngineTemplate.TABLES.keySet());
        BulkLoad.withoutPlainIndexes(jdbc, tables, () -> sample.addAll(load(app, jdbc, count)));
        ShopHistory.moveIdGenerators(jdbc);
        return sample;
    }

    private static List<String> load(ConfigurableApplicationContext app, JdbcTemplate jdbc, int count) {
        ShopClock clock = app.getBean(ShopClock.class);
        Map<OrderStatus, EngineTemplate> templates = templates(app, jdbc);
        CopyRowSink sink = new CopyRowSink(app.getBean(DataSource.class));
        sink.table("customer_order", "id", "order_number", "channel", "status", "status_since", "customer_name",
                "customer_phone", "customer_address", "customer_locality", "customer_pincode", "delivery_boy", "subtotal",
                "discount_total", "total", "created_by", "created_at", "version", "customer_language",
                "customer_contact_channel", "promise", "promised_by");
        sink.table("order_line", "id", "order_id", "line_no", "sku", "product_name", "size_label", "quantity",
                "unit_price", "discount", "line_total");
        sink.table("order_status_change", "id", "order_id", "from_status", "to_status", "actor", "changed_at");
        Map<String, List<String>> engineColumns = new LinkedHashMap<>();
        for (String table : EngineTemplate.TABLES.keySet()) {
            templates.values().stream().map(t -> t.columns().get(table)).filter(c -> !c.isEmpty()).findFirst()
                    .ifPresent(c -> engineColumns.put(table, c));
        }
        EngineTemplate.declare(sink, engineColumns);

        long orderId = next(jdbc, "customer_order");
        long lineId = next(jdbc, "order_line");
        long changeId = next(jdbc, "order_status_change");
        SplittableRandom random = new SplittableRandom(18);
        Instant now = clock.now();
        ZoneId zone = clock.zone();
        int year = clock.today().getYear();
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double kind = random.nextDouble();
            OrderStatus status = kind < 0.5 ? OrderStatus.RECEIVED : kind < 0.75 ? OrderStatus.PACKED
                    : OrderStatus.READY_FOR_DISPATCH;
            // most orders are hours old, a few have waited days
            Instant placed = now.minusSeconds(60 + (long) Math.min(2 * 86_400, -Math.log(1 - random.nextDouble()) * 14_400));
            Instant since = status == OrderStatus.RECEIVED ? placed
                    : placed.plusSeconds((long) ((now.getEpochSecond() - placed.getEpochSecond()) * random.nextDouble()));
            LocalDate day = LocalDate.ofInstant(placed, zone);
            Instant promised = day.atTime(LocalTime.of(21, 0)).atZone(zone).toInstant();
            if (!promised.isAfter(placed)) {
                promised = promised.plus(Duration.ofDays(1));
            }
            String number = "KO-" + year + "-" + (5_000_000 + i);
            String[] place = PLACES[random.nextInt(PLACES.length)];
            long id = orderId++;
            BigDecimal total = BigDecimal.ZERO;
            List<Object[]> lines = new ArrayList<>();
            for (int l = 0, n = 1 + random.nextInt(3); l < n; l++) {
                String[] line = LINES[(i + l) % LINES.length];
                int quantity = 1 + random.nextInt(3);
                BigDecimal price = new BigDecimal(line[3]).setScale(2);
                BigDecimal value = price.multiply(BigDecimal.valueOf(quantity));
                total = total.add(value);
                lines.add(new Object[] {lineId++, id, l + 1, line[0], line[1], line[2], quantity, price,
                    BigDecimal.ZERO.setScale(2), value});
            }
            // the order before its lines: the sink may write what it holds after any row, parents first
            sink.row("customer_order", id, number, CHANNELS[random.nextInt(CHANNELS.length)], status.name(), since,
                    "Customer " + random.nextInt(50_000), String.format("+9198%08d", random.nextInt(100_000_000)),
                    "House " + (1 + random.nextInt(90)), place[0], place[1], null, total, BigDecimal.ZERO.setScale(2),
                    total, "biller", placed, 0, "en", "WHATSAPP", "STANDARD", promised);
            lines.forEach(line -> sink.row("order_line", line));
            sink.row("order_status_change", changeId++, id, null, "RECEIVED", "biller", placed);
            if (status != OrderStatus.RECEIVED) {
                sink.row("order_status_change", changeId++, id, "RECEIVED", "PACKED", "packer", since);
            }
            if (status == OrderStatus.READY_FOR_DISPATCH) {
                sink.row("order_status_change", changeId++, id, "PACKED", "BILLED", "biller", since);
                sink.row("order_status_change", changeId++, id, "BILLED", "READY_FOR_DISPATCH", "biller", since);
            }
            templates.get(status).write(sink, number, id, LocalDateTime.ofInstant(placed, ZoneId.systemDefault()), random);
            if (i % Math.max(1, count / 20) == 0) {
                sample.add(number);
            }
        }
        sink.flush();
        return sample;
    }

    /** Three real orders, taken by the app to the step each status waits at, read back as templates. */
    private static Map<OrderStatus, EngineTemplate> templates(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
        OrderService orders = app.getBean(OrderService.class);
        OrderDriver driver = app.getBean(OrderDriver.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        Map<OrderStatus, EngineTemplate> templates = new LinkedHashMap<>();
        for (OrderStatus status : List.of(OrderStatus.RECEIVED, OrderStatus.PACKED, OrderStatus.READY_FOR_DISPATCH)) {
            String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
            if (status != OrderStatus.RECEIVED) {
                driver.pack(number);
            }
            if (status == OrderStatus.READY_FOR_DISPATCH) {
                driver.bill(number);
            }
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
            Map<String, Object> order = jdbc.queryForMap("SELECT id, created_at FROM customer_order WHERE order_number = ?",
                    number);
            LocalDateTime placed = LocalDateTime.ofInstant(((java.sql.Timestamp) order.get("created_at")).toInstant(),
                    ZoneId.systemDefault());
            EngineTemplate template = new EngineTemplate(jdbc, instance, number, ((Number) order.get("id")).longValue(),
                    placed);
            System.out.printf("  template %-20s %s, %d engine rows%n", status, number, template.rowCount());
            templates.put(status, template);
        }
        return templates;
    }

    private static long next(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table, Long.class);
    }
}
