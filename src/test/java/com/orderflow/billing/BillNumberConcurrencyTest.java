package com.orderflow.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.support.OrderflowSpringTest;

/**
 * Bill numbers on the real PostgreSQL: concurrent bills get consecutive numbers, none twice, and a
 * bill that rolls back after taking its number leaves no gap (GST invoices need an unbroken series).
 */
@OrderflowSpringTest
class BillNumberConcurrencyTest {
    private static final int BILLS = 20;

    @Autowired
    BillingService billing;
    @Autowired
    BillingFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void twentyBillsIssuedAtOnceGetTwentyConsecutiveNumbersWithoutGapOrDuplicate() throws Exception {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < BILLS; i++) {
            orders.add(fixtures.packedOrder());
        }
        ExecutorService pool = Executors.newFixedThreadPool(BILLS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<IssuedBill>> results = new ArrayList<>();
        try {
            for (String order : orders) {
                results.add(pool.submit(() -> {
                    start.await();
                    return billing.issueForOrder(order, null, "credit", null, "biller");
                }));
            }
            start.countDown();
            List<Long> numbers = new ArrayList<>();
            for (Future<IssuedBill> result : results) {
                IssuedBill bill = result.get(60, TimeUnit.SECONDS);
                assertThat(bill.newlyIssued()).isTrue();
                assertThat(bill.number()).matches("KB-\\d{4}-\\d{6}").hasSizeLessThanOrEqualTo(16);
                numbers.add(sequenceOf(bill.number()));
            }
            long first = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    LongStream.range(first, first + BILLS).boxed().toList());
            String prefix = results.get(0).get().number().substring(0, 8);
            // nobody else holds a number inside the range: the twenty are the whole stretch
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bill WHERE bill_number BETWEEN ? AND ?", Long.class,
                    String.format("%s%06d", prefix, first), String.format("%s%06d", prefix, first + BILLS - 1)))
                    .isEqualTo((long) BILLS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBillThatRollsBackAfterTakingItsNumberGivesTheNumberBack() {
        String failing = fixtures.packedOrder();
        String next = fixtures.packedOrder();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String[] taken = new String[1];

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            taken[0] = billing.issueForOrder(failing, null, "credit", null, "biller").number();
            throw new IllegalStateException("the printer caught fire after the number was taken");
        })).hasMessageContaining("printer");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM bill WHERE bill_number = ?", Long.class, taken[0]))
                .isZero();
        assertThat(billing.issueForOrder(next, null, "credit", null, "biller").number()).isEqualTo(taken[0]);
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }
}
