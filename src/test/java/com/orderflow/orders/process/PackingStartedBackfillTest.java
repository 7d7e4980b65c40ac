package com.orderflow.orders.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.orders.OrderService;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** A pack task claimed before orders kept that packing started is caught up with at start-up. */
@OrderflowSpringTest
class PackingStartedBackfillTest {
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PackingStartedBackfill backfill;

    @Test
    void anOrderWhosePackTaskIsClaimedLearnsThatPackingStarted() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId(), "packer");
        // as an order from before V16 looks: claimed, but the order does not know
        jdbc.update("UPDATE customer_order SET packing_started_at = NULL, packing_started_by = NULL"
                + " WHERE order_number = ?", number);
        assertNull(orders.get(number, TestOrders.OWNER).packingStartedAt());

        backfill.run();

        assertEquals("packer", orders.get(number, TestOrders.OWNER).packingStartedBy());
    }
}
