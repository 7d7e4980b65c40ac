package com.orderflow.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** Order numbers under concurrent intake on a real PostgreSQL: never shared, never skipped. */
@OrderflowSpringTest
class OrderNumberConcurrencyTest {
    @Autowired
    OrderService orders;

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
