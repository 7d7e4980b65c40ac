package com.orderflow.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.support.OrderflowSpringTest;

/** K14 on a real PostgreSQL: many cashiers and an advance booking racing for the last packs never oversell. */
@OrderflowSpringTest
class CounterSaleConcurrencyTest {
    @Autowired
    CounterSaleService counter;
    @Autowired
    OrderStockService orderStock;
    @Autowired
    TestStock stock;

    private static <T> List<Object> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftySalesForTheLastTenPacksSellExactlyTenAndTellTheRestTheyAreOutOfStock() throws Exception {
        String sku = stock.product(10);
        List<Callable<CounterSaleReceipt>> sales = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sales.add(() -> counter.sell(TestStock.sale(sku, 1), TestStock.BILLER));
        }
        List<Object> results = race(sales);

        long sold = results.stream().filter(r -> r instanceof CounterSaleReceipt).count();
        List<Object> refused = results.stream().filter(r -> !(r instanceof CounterSaleReceipt)).toList();
        assertEquals(10, sold);
        assertEquals(40, refused.size());
        for (Object r : refused) {
            assertTrue(r instanceof StockShortageException, () -> "not an out-of-stock answer: " + r);
            assertTrue(((StockShortageException) r).getMessage().startsWith("No Kaju Katli 1 kg left at the counter"),
                    ((StockShortageException) r).getMessage());
        }
        assertEquals(0, stock.balance(sku, Pool.COUNTER));
        assertEquals(0, stock.ledgerSum(sku, Pool.COUNTER));
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void salesRacingAnAdvanceReservationNeverSellReservedStock() throws Exception {
        String sku = stock.product(10);
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> counter.sell(TestStock.sale(sku, 1), TestStock.BILLER));
            if (i == 5) {
                calls.add(() -> orderStock.reserve("KO-RACE-" + sku, List.of(new StockLine(sku, "1 kg", 6)), "biller"));
            }
        }
        List<Object> results = race(calls);

        long sold = results.stream().filter(r -> r instanceof CounterSaleReceipt).count();
        ReservationResult reservation = (ReservationResult) results.stream()
                .filter(r -> r instanceof ReservationResult).findFirst().orElseThrow();
        int reserved = orderStock.reservedFor("KO-RACE-" + sku).getOrDefault(sku, 0);
        assertEquals(reserved, stock.balance(sku, Pool.ADVANCE_BOOKING), "the Advance Booking pool holds the reservation");
        assertEquals(10, sold + reserved, "every pack went exactly once: sold or reserved");
        assertEquals(reserved == 6, reservation.fullyReserved());
        assertEquals(0, stock.balance(sku, Pool.COUNTER));
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void theCashierIsToldHowManyAreAtTheCounterAndHowManyAreBooked() {
        String sku = stock.product(10);
        orderStock.reserve("KO-BOOK-" + sku, List.of(new StockLine(sku, null, 7)), "biller");
        StockShortageException e = org.junit.jupiter.api.Assertions.assertThrows(StockShortageException.class,
                () -> counter.sell(TestStock.sale(sku, 5), TestStock.BILLER));
        assertEquals("Only 3 × Kaju Katli 1 kg left at the counter (5 wanted); 7 more are booked for advance orders"
                + " and cannot be sold", e.getMessage());
        assertEquals("lines[0].quantity", e.problems().get(0).field());
        assertEquals(3, stock.balance(sku, Pool.COUNTER));
    }
}
