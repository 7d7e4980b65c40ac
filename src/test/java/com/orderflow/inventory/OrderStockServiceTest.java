package com.orderflow.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderflowSpringTest;

/** The stock API the order process calls: reserve at booking, release on cancel, consume at packing. */
@OrderflowSpringTest
class OrderStockServiceTest {
    @Autowired
    OrderStockService orderStock;
    @Autowired
    TestStock stock;

    @Test
    void reservingTakesTheEarliestExpiringCounterStockIntoTheAdvanceBookingPool() {
        String sku = stock.product("Besan Ladoo", 0, false);
        stock.receive(sku, "LATE", 5, 20);
        stock.receive(sku, "EARLY", 3, 5);
        String order = "KO-R1-" + sku.substring(2);

        ReservationResult result = orderStock.reserve(order, List.of(new StockLine(sku, "1kg", 4)), "biller");

        assertTrue(result.fullyReserved());
        assertEquals(Map.of(sku, 4), orderStock.reservedFor(order));
        assertEquals(4, stock.balance(sku, Pool.ADVANCE_BOOKING));
        assertEquals(4, stock.balance(sku, Pool.COUNTER));
        List<ConsumedBatch> packed = orderStock.consume(order, List.of(new StockLine(sku, null, 4)), "packer");
        assertEquals(List.of("EARLY:3", "LATE:1"), packed.stream().map(b -> b.batchNumber() + ":" + b.quantity()).toList());
        assertEquals(0, stock.balance(sku, Pool.ADVANCE_BOOKING));
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void aShortfallIsABackorderAndReservingAgainTopsUpWithoutTakingTwice() {
        String sku = stock.product(2);
        String order = "KO-R2-" + sku.substring(2);

        ReservationResult first = orderStock.reserve(order, List.of(new StockLine(sku, null, 5)), "biller");
        assertFalse(first.fullyReserved());
        assertEquals(List.of(new ReservationResult.Shortfall(sku, "Kaju Katli 1 kg", 3)), first.shortfalls());
        assertTrue(orderStock.backorders().stream().anyMatch(b -> b.orderNumber().equals(order) && b.quantityShort() == 3));

        stock.receive(sku, "B2", 10, 10);
        ReservationResult second = orderStock.reserve(order, List.of(new StockLine(sku, null, 5)), "biller");
        assertTrue(second.fullyReserved());
        assertEquals(5, stock.balance(sku, Pool.ADVANCE_BOOKING));
        assertEquals(7, stock.balance(sku, Pool.COUNTER));
        assertTrue(orderStock.backorders().stream().noneMatch(b -> b.orderNumber().equals(order)));

        assertEquals(5, orderStock.release(order, "care"));
        assertEquals(0, stock.balance(sku, Pool.ADVANCE_BOOKING));
        assertEquals(12, stock.balance(sku, Pool.COUNTER));
        assertEquals(0, orderStock.release(order, "care"), "releasing twice releases nothing");
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void packingAnOrderWithoutReservationTakesFromTheCounterAndReturnsUnusedReservation() {
        String walkIn = stock.product(6);
        String booked = stock.product(6);
        String order = "KO-R3-" + walkIn.substring(2);
        orderStock.reserve(order, List.of(new StockLine(booked, null, 4)), "biller");

        List<ConsumedBatch> packed = orderStock.consume(order,
                List.of(new StockLine(walkIn, null, 2), new StockLine(booked, null, 3)), "packer");

        assertEquals(5, packed.stream().mapToInt(ConsumedBatch::quantity).sum());
        assertEquals(4, stock.balance(walkIn, Pool.COUNTER));
        assertEquals(0, stock.balance(booked, Pool.ADVANCE_BOOKING), "the unpacked reserved pack went back");
        assertEquals(3, stock.balance(booked, Pool.COUNTER));
        assertTrue(orderStock.reservedFor(order).isEmpty());
    }

    @Test
    void packingMoreThanThereIsChangesNothing() {
        String sku = stock.product(3);
        String order = "KO-R4-" + sku.substring(2);
        orderStock.reserve(order, List.of(new StockLine(sku, null, 2)), "biller");

        StockShortageException e = assertThrows(StockShortageException.class,
                () -> orderStock.consume(order, List.of(new StockLine(sku, null, 5)), "packer"));

        assertEquals("lines[0].quantity", e.problems().get(0).field());
        assertEquals(2, stock.balance(sku, Pool.ADVANCE_BOOKING));
        assertEquals(1, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void thePlanForTheSlipIsWhatPackingThenTakesAndMovesNothing() {
        String sku = stock.product("Kaju Katli", 0, false);
        stock.receive(sku, "LATE", 5, 20);
        stock.receive(sku, "EARLY", 2, 5);
        stock.receive(sku, "RESERVED", 1, 30);
        String order = "KO-P1-" + sku.substring(2);
        // the reservation took EARLY (earliest expiry) first
        orderStock.reserve(order, List.of(new StockLine(sku, null, 1)), "biller");
        List<StockLine> lines = List.of(new StockLine(sku, null, 4));

        List<ConsumedBatch> plan = orderStock.plan(order, lines);

        assertEquals(7, stock.balance(sku, Pool.COUNTER), "planning moves nothing");
        assertEquals(0, orderStock.netWeightGrams(lines).compareTo(new java.math.BigDecimal("4000")));
        assertEquals(plan, orderStock.consume(order, lines, "packer"));
        assertEquals(List.of("EARLY:1", "EARLY:1", "LATE:2"),
                plan.stream().map(b -> b.batchNumber() + ":" + b.quantity()).toList());
    }

    @Test
    void aChangedBillTakesMoreFromTheCounterAndGivesTheFreshestPacksBack() {
        String sku = stock.product("Kaju Katli", 0, false);
        stock.receive(sku, "OLD", 2, 5);
        stock.receive(sku, "NEW", 10, 20);
        String order = "KO-P2-" + sku.substring(2);
        orderStock.consume(order, List.of(new StockLine(sku, null, 4)), "packer");
        assertEquals(8, stock.balance(sku, Pool.COUNTER));

        List<ConsumedBatch> back = orderStock.adjustPacked(order, List.of(new StockLine(sku, null, 1)), "bill changed",
                "biller");
        assertEquals(List.of("NEW:-2", "OLD:-1"), back.stream().map(b -> b.batchNumber() + ":" + b.quantity()).toList());
        assertEquals(11, stock.balance(sku, Pool.COUNTER));
        assertEquals(List.of("OLD:1"), orderStock.packedFor(order).stream()
                .map(b -> b.batchNumber() + ":" + b.quantity()).toList());

        StockShortageException shortage = assertThrows(StockShortageException.class, () -> orderStock.adjustPacked(order,
                List.of(new StockLine(sku, null, 13)), "bill changed", "biller"));
        assertEquals("lines[0].quantity", shortage.problems().get(0).field());
        assertEquals(11, stock.balance(sku, Pool.COUNTER), "nothing moved");

        orderStock.adjustPacked(order, List.of(new StockLine(sku, null, 3)), "bill changed", "biller");
        assertEquals(9, stock.balance(sku, Pool.COUNTER));
        assertEquals(3, orderStock.returnPacked(order, "care"), "a cancellation returns what the box holds now");
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void badLinesAreRefusedWithTheFieldNamed() {
        String sku = stock.product(3);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> orderStock.reserve("KO-R5",
                List.of(new StockLine("NOPE-1", null, 1), new StockLine(sku, "500 g", 0)), "biller"));
        assertEquals(List.of("lines[0].sku", "lines[1].quantity", "lines[1].size"),
                e.problems().stream().map(p -> p.field()).sorted().toList());
        assertEquals(3, stock.balance(sku, Pool.COUNTER));
    }
}
