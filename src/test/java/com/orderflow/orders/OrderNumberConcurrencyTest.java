package com.orderflow.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Order numbers under concurrent intake on a real PostgreSQL: never shared, not skipped when every
 * order is placed, and an order still being placed does not hold up the next one.
 */
@OrderflowSpringTest
class OrderNumberConcurrencyTest {
    @Autowired
    OrderService orders;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twoConcurrentOrdersNeverShareANumber() throws Exception {
        assertEquals(2, placeConcurrently(2).size());
    }

    @Test
    void twentyConcurrentOrdersGetTwentyConsecutiveNumbers() throws Exception {
        TreeSet<String> numbers = placeConcurrently(20);
        assertEquals(20, numbers.size(), "every order has its own number");
        long first = sequence(numbers.first());
        long last = sequence(numbers.last());
        assertEquals(19, last - first, "no number skipped: " + numbers);
    }

    @Test
    void anOrderStillBeingPlacedDoesNotHoldUpTheNext() throws Exception {
        CountDownLatch placed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // a first order whose transaction stays open after its number is taken (its process start,
            // a slow page): the second counter's order must go through meanwhile
            Future<String> slow = pool.submit(() -> new TransactionTemplate(transactions).execute(s -> {
                String number = orders.create(forCustomer("98201 11111"), TestOrders.BILLER).number();
                placed.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return number;
            }));
            assertTrue(placed.await(60, TimeUnit.SECONDS), "the first order is placed");
            Future<String> next = pool.submit(() -> orders.create(forCustomer("98202 22222"), TestOrders.BILLER)
                    .number());
            String nextNumber = next.get(10, TimeUnit.SECONDS);
            release.countDown();
            assertNotEquals(slow.get(60, TimeUnit.SECONDS), nextNumber);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static NewOrder forCustomer(String phone) {
        NewOrder order = TestOrders.homeDelivery();
        var c = order.customer();
        return new NewOrder(order.channel(), new NewOrder.Customer(c.name(), phone, c.address(), c.locality(),
                c.pincode()), order.deliveryDate(), order.lines());
    }

    private TreeSet<String> placeConcurrently(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
                }));
            }
            start.countDown();
            TreeSet<String> numbers = new TreeSet<>();
            for (Future<String> result : results) {
                numbers.add(result.get());
            }
            return numbers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sequence(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }
}
