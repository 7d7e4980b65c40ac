package com.orderflow.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.delivery.ZoneService;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.DemoData;

/**
 * Demo data for the reports: four weeks of finished orders, counter sales and their process history
 * before today, so that a first look at the reports and the heatmap shows something. Only in demo
 * mode (the same switch as the demo orders), only once (marked in report_state), written in one go
 * with JDBC batches ({@link ShopHistory}) and rolled up at once; it takes well under a second on the
 * embedded database. A failure is logged, never fatal: demo history is optional.
 */
@Component
@Order(100)
class DemoHistory implements DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    static final String MARKER = "demo-history";
    static final int DAYS = 28;
    private static final String[][] CUSTOMERS = {
        {"Sita Rao", "Dahisar East", "400068"}, {"Rahul Gokhale", "Borivali West", "400092"},
        {"Leela Naik", "Dahisar East", "400068"}, {"Farhan Qureshi", "Borivali West", "400092"},
        {"Meena Joshi", "Borivali East", "400066"}, {"Anil Desai", "Mira Road", "401107"},
        {"Kavita Shetty", "Dahisar West", "400068"}, {"Prakash Pawar", "Borivali East", "400066"},
        {"Nisha Kulkarni", "Mira Road", "401107"}, {"Joseph D'Souza", "Dahisar West", "400068"},
        {"Sunita Bhosale", "Borivali West", "400092"}, {"Imtiaz Khan", "Mira Road", "401107"},
        {"Gauri Apte", "Dahisar East", "400068"}, {"Vijay More", "Borivali East", "400066"},
        {"Rekha Iyer", "Borivali West", "400092"}, {"Mahesh Patil", "Dahisar East", "400068"}};

    private final boolean enabled;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final IdentityService identity;
    private final ProcessNames processes;
    private final ZoneService zones;
    private final ShopClock clock;
    private final RollUp rollUp;

    DemoHistory(@Value("${orderflow.demo:false}") boolean demo, @Value("${orderflow.demo-orders:true}") boolean demoOrders,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, IdentityService identity, ProcessNames processes,
            ZoneService zones, ShopClock clock, RollUp rollUp) {
        this.enabled = demo && demoOrders;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.identity = identity;
        this.processes = processes;
        this.zones = zones;
        this.clock = clock;
        this.rollUp = rollUp;
    }

    @Override
    public void run() {
        if (!enabled || jdbc.queryForObject("SELECT COUNT(*) FROM report_state WHERE name = ?", Integer.class, MARKER) > 0) {
            return;
        }
        try {
            long started = System.currentTimeMillis();
            ShopHistory.Setup setup = setup();
            if (setup == null) {
                log.info("Demo history skipped: no products or staff to make it with");
                return;
            }
            long[] written = new long[2];
            transaction.executeWithoutResult(status -> {
                JdbcRowSink sink = new JdbcRowSink(jdbc);
                written[0] = ShopHistory.write(setup, sink);
                written[1] = sink.rows();
                ShopHistory.moveIdGenerators(jdbc);
                jdbc.update("INSERT INTO report_state (name, orders_seen) VALUES (?, ?)", MARKER, written[0]);
            });
            long generated = System.currentTimeMillis() - started;
            rollUp.run();
            log.info("Demo history: {} orders over {} days ({} rows) written in {} ms, rolled up in {} ms", written[0],
                    DAYS, written[1], generated, System.currentTimeMillis() - started - generated);
        } catch (RuntimeException e) {
            log.warn("Demo history could not be made; the reports start empty", e);
        }
    }

    private ShopHistory.Setup setup() {
        List<ShopHistory.Product> products = jdbc.query("""
                SELECT p.id, (SELECT MIN(b.id) FROM report_v_stock_batch b WHERE b.product_id = p.id) AS batch_id, p.sku, p.name,
                       p.size_label, p.price, p.unit_weight_grams
                  FROM report_v_product p ORDER BY p.id""", (rs, i) -> new ShopHistory.Product(rs.getLong("id"),
                rs.getLong("batch_id"), rs.getString("sku"), rs.getString("name"), rs.getString("size_label"),
                rs.getBigDecimal("price"), rs.getBigDecimal("unit_weight_grams").intValue()))
                .stream().filter(p -> p.batchId() > 0).toList();
        List<String> packers = members(Roles.PACKER);
        List<String> billers = members(Roles.BILLER);
        List<String> boys = members(Roles.DELIVERY);
        ProcessDefinition order = processes.latest("order-fulfilment");
        ProcessDefinition run = processes.latest("delivery-run");
        if (products.isEmpty() || packers.isEmpty() || billers.isEmpty() || boys.isEmpty() || order == null || run == null) {
            return null;
        }
        List<ShopHistory.Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS.length; i++) {
            String[] c = CUSTOMERS[i];
            customers.add(new ShopHistory.Customer(c[0], String.format("+9198%08d", 20_000_000 + i * 7_919), c[1], c[2],
                    zones.zoneOf(c[2], c[1])));
        }
        long start = ShopHistory.firstFreeId(jdbc);
        LocalDate first = clock.today().minusDays(DAYS + 2);
        return new ShopHistory.Setup(first, DAYS, 12, 8, 14, clock.zone(), products, customers, packers, billers, boys,
                "KO", "KB", 900_001, order.getId(), run.getId(),
                id -> processes.name(ShopHistory.isRunNode(id) ? "delivery-run" : "order-fulfilment", id),
                new ShopHistory.Ids(start));
    }

    private List<String> members(String group) {
        return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream().map(User::getId)
                .toList();
    }

}
