package com.orderflow.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.orders.OrderService;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Two dispatchers press "plan runs" at the same moment, on a real PostgreSQL: every order ends on
 * exactly one run, and a press that lost the race is told so (409) and changed nothing.
 */
@OrderflowSpringTest
class DeliveryPlanConcurrencyTest {
    private static final CurrentUser MANAGER = new CurrentUser("manager", java.util.Set.of("order-manager"));

    @Autowired
    DeliveryService delivery;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderDriver driver;

    @Test
    void concurrentPlansNeverPutAnOrderOnTwoRuns() throws Exception {
        ReadyOrders orders = new ReadyOrders(orderService, driver);
        for (int round = 0; round < 3; round++) {
            List<String> ready = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ready.add(orders.ready(i % 2 == 0 ? "Rawalpada" : "Anand Nagar", "400068"));
            }
            ready.add(orders.ready("Borivali West", "400092"));

            List<Object> outcomes = planConcurrently(List.of(TestOrders.OWNER, MANAGER, TestOrders.OWNER));
            long planned = outcomes.stream().filter(PlanResult.class::isInstance).count();
            assertTrue(planned >= 1, "at least one press plans: " + outcomes);
            outcomes.stream().filter(o -> !(o instanceof PlanResult)).forEach(o -> {
                assertTrue(o instanceof ConflictException, "a losing press is a conflict, not " + o);
                assertTrue(((ConflictException) o).getMessage().contains("at the same moment"));
            });

            List<RunView> runs = delivery.runs(TestOrders.OWNER);
            for (String number : ready) {
                long onRuns = runs.stream().flatMap(r -> r.stops().stream())
                        .filter(s -> s.orderNumber().equals(number)).count();
                assertEquals(1, onRuns, number + " is on exactly one run (round " + round + ")");
            }
        }
    }

    private List<Object> planConcurrently(List<CurrentUser> dispatchers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<PlanResult>> presses = new ArrayList<>();
            for (CurrentUser dispatcher : dispatchers) {
                presses.add(pool.submit(() -> {
                    start.await();
                    return delivery.plan(dispatcher);
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<PlanResult> press : presses) {
                try {
                    outcomes.add(press.get());
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
