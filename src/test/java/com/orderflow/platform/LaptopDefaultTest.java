package com.orderflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import com.orderflow.OrderflowApplication;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.TestOrders;

/**
 * The laptop default as the README's command runs it (the demo profile, no database configured): the
 * app's own PostgreSQL in a new folder with durable settings, the same Flyway migrations, one demo
 * user per role, engine and business rows in one transaction, and a whole order served on a pool of
 * ONE connection, so no request holds a connection while it waits for a second (issue 13.5). And
 * outside the demo profile, no start without an admin password (issue 12).
 */
// Runs before every other class: Camunda keeps engines in a JVM-wide registry by name, and the apps
// started here (its own and the one that refuses to start) would otherwise replace or remove the
// "default" engine that the shared test context's engine REST API and Tasklist look up.
@org.junit.jupiter.api.Order(Integer.MIN_VALUE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "orderflow.packing.printer-folder=${java.io.tmpdir}/laptop-default/print-queue",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class LaptopDefaultTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    OrderService orders;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;
    static final Path folder = Path.of(System.getProperty("java.io.tmpdir"), "laptop-default", UUID.randomUUID().toString());

    @DynamicPropertySource
    static void aNewFolder(DynamicPropertyRegistry properties) {
        properties.add("orderflow.database.embedded.folder", folder::toString);
    }

    @Test
    void theMigrationsRunOnTheAppsOwnPostgresAndEveryRoleHasADemoUser() {
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success",
                Integer.class));
        assertTrue(jdbc.queryForObject("SELECT version()", String.class).startsWith("PostgreSQL 17"));
        assertEquals(folder.resolve("data").toAbsolutePath().normalize().toString(),
                jdbc.queryForObject("SHOW data_directory", String.class), "the data lives in the configured folder");
        for (String role : Roles.ALL) {
            assertTrue(identity.createUserQuery().memberOfGroup(role).count() >= 1, "a demo user for " + role);
        }
        assertTrue(identity.checkPassword("owner", "owner123"));
    }

    @Test
    void anAcknowledgedCommitIsOnDiskBeforeItIsAnswered() {
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            assertEquals("on", jdbc.queryForObject("SHOW " + setting, String.class), setting);
        }
    }

    @Test
    void engineStateAndBusinessRowsCommitTogetherOrNotAtAll() {
        assertEquals(1, context.getBeansOfType(DataSource.class).size(), "one pool");
        assertEquals(1, context.getBeansOfType(PlatformTransactionManager.class).size(), "one transaction manager");
        assertTrue(context.getBean(SpringProcessEngineConfiguration.class).getTransactionManager() == transactions,
                "the engine runs in the application's transactions");

        String[] placed = new String[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            placed[0] = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
            status.setRollbackOnly();
        });
        assertEquals(0, jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE order_number = ?", Integer.class, placed[0]));
        assertEquals(0, runtime.createProcessInstanceQuery().processInstanceBusinessKey(placed[0]).count(),
                "the rolled-back order left no process behind");
    }

    /** The pool shrunk to one connection: a request that waits for a second fails after 5 s instead. */
    @Test
    void aWholeOrderIsServedOnOnePooledConnection() {
        HikariDataSource pool = unwrap(context.getBean(DataSource.class));
        int size = pool.getHikariConfigMXBean().getMaximumPoolSize();
        long timeout = pool.getHikariConfigMXBean().getConnectionTimeout();
        pool.getHikariConfigMXBean().setMaximumPoolSize(1);
        pool.getHikariConfigMXBean().setConnectionTimeout(5000);
        pool.getHikariPoolMXBean().softEvictConnections();
        try {
            placePackAndBillOverHttp();
        } finally {
            pool.getHikariConfigMXBean().setMaximumPoolSize(size);
            pool.getHikariConfigMXBean().setConnectionTimeout(timeout);
        }
    }

    private void placePackAndBillOverHttp() {
        Map<String, Object> order = http.withBasicAuth("biller", "biller123").postForObject("/api/orders",
                Map.of("channel", "PHONE", "customer", Map.of("name", "Sita Rao", "phone", "98201 23456",
                        "locality", "Dahisar East", "pincode", "400068"),
                        "lines", List.of(Map.of("sku", "KK-500", "product", "Kaju Katli", "size", "500 g",
                                "quantity", 1, "unitPrice", "620"))), Map.class);
        String number = (String) order.get("number");

        String pack = taskOf("packer", number, OrderFulfilmentProcess.TASK_PACK);
        assertEquals(204, post("packer", "/engine-rest/task/" + pack + "/claim", Map.of("userId", "packer")));
        List<Map<String, Object>> slips = http.withBasicAuth("packer", "packer123").exchange(
                "/api/packing/orders/" + number + "/slips", HttpMethod.GET, null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
        assertNotNull(slips.get(0).get("printedAt"), "the slip printed on the claim: " + slips);
        assertEquals(204, post("packer", "/engine-rest/task/" + pack + "/complete", Map.of("variables", Map.of(
                "allItemsPacked", Map.of("value", true), "packedWeightGrams", Map.of("value", 500)))));
        String bill = taskOf("biller", number, OrderFulfilmentProcess.TASK_BILL);
        assertEquals(204, post("biller", "/engine-rest/task/" + bill + "/complete", Map.of("variables", Map.of(
                "paymentMode", Map.of("value", "cash")))));

        Map<?, ?> billed = http.withBasicAuth("biller", "biller123").getForObject("/api/orders/" + number, Map.class);
        assertEquals("READY_FOR_DISPATCH", billed.get("status"));
        List<?> bills = http.withBasicAuth("biller", "biller123").getForObject("/api/bills?q=" + number, List.class);
        assertEquals(1, bills.size());
    }

    @Test
    void outsideTheDemoProfileTheAppRefusesToStartWithoutAnAdminPassword() {
        var app = new SpringApplicationBuilder(OrderflowApplication.class);
        Exception refused = assertThrows(Exception.class, () -> app.run("--orderflow.admin-password=short",
                "--server.port=0", "--orderflow.database.embedded.folder=" + folder.resolveSibling("refused"),
                "--camunda.bpm.job-execution.enabled=false").close());
        Throwable root = refused;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("ORDERFLOW_ADMIN_PASSWORD"), root.getMessage());
        assertFalse(folder.resolveSibling("refused").toFile().exists(), "refused before any database was started");
    }

    private static HikariDataSource unwrap(DataSource dataSource) {
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String taskOf(String user, String number, String taskKey) {
        ResponseEntity<List<Map<String, Object>>> tasks = http.withBasicAuth(user, user + "123").exchange(
                "/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey=" + taskKey,
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertEquals(1, tasks.getBody().size(), tasks.toString());
        return (String) tasks.getBody().get(0).get("id");
    }

    private int post(String user, String path, Object body) {
        ResponseEntity<String> answer = http.withBasicAuth(user, user + "123").postForEntity(path, body, String.class);
        assertTrue(answer.getStatusCode().is2xxSuccessful(), path + ": " + answer);
        return answer.getStatusCode().value();
    }
}
