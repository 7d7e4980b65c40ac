package com.orderflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.OrderflowApplication;
import com.orderflow.orders.OrderService;
import com.orderflow.support.TestOrders;

/**
 * The laptop default: H2 in a (new) file, the same Flyway migrations as PostgreSQL, one demo user per
 * role. And outside demo mode, no start without an admin password.
 */
// Runs before every other class: Camunda keeps engines in a JVM-wide registry by name, and the apps
// started here (its own and the one that refuses to start) would otherwise replace or remove the
// "default" engine that the shared test context's engine REST API and Tasklist look up.
@org.junit.jupiter.api.Order(Integer.MIN_VALUE)
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/h2-default-test/orderflow-${random.uuid}",
        "camunda.bpm.job-execution.enabled=false"})
class LaptopDefaultTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    OrderService orders;
    @Autowired
    RuntimeService runtime;

    @Test
    void theMigrationsRunOnH2AndEveryRoleHasADemoUser() {
        Integer failed = jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE",
                Integer.class);
        assertEquals(0, failed);
        for (String role : Roles.ALL) {
            assertTrue(identity.createUserQuery().memberOfGroup(role).count() >= 1, "a demo user for " + role);
        }
        assertTrue(identity.checkPassword("owner", "owner123"));
    }

    @Test
    void anOrderCanBePlacedOnH2() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        assertEquals(1, runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count());
    }

    @Test
    void outsideDemoModeTheAppRefusesToStartWithoutAnAdminPassword() {
        var app = new SpringApplicationBuilder(OrderflowApplication.class);
        Exception refused = assertThrows(Exception.class, () -> app.run("--orderflow.demo=false",
                "--orderflow.admin-password=", "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:no-admin-password",
                "--camunda.bpm.job-execution.enabled=false").close());
        Throwable root = refused;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root.getMessage().contains("ORDERFLOW_ADMIN_PASSWORD"), root.getMessage());
    }
}
