package com.orderflow.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderflowSpringTest;

/** Stock in, transfers, counts and the stock view: each audited, each refusing bad input without a change. */
@OrderflowSpringTest
class StockServiceTest {
    @Autowired
    StockService service;
    @Autowired
    CounterSaleService counter;
    @Autowired
    TestStock stock;
    @Autowired
    AuditLog audit;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void scanningALabelAtStockInFindsProductAndBatch() {
        String sku = stock.product(0);
        PackLabel label = stock.receive(sku, "K-01", 4, 10);
        service.receive(new StockRequests.Receipt(label.content(), null, null, null, 6, null), TestStock.PACKER);
        assertEquals(10, stock.balance(sku, Pool.COUNTER));
        assertTrue(audit.latest("STOCK_RECEIVED", 5).stream().anyMatch(a -> a.details().contains("batch K-01")));

        CounterSaleReceipt sale = counter.sell(TestStock.sale(label.content(), 2), TestStock.BILLER);
        assertEquals("K-01", sale.lines().get(0).batchNumber());
        assertEquals(new java.math.BigDecimal("2400.00"), sale.total());
    }

    @Test
    void anExpiredBatchIsNeverSoldAndAScannedExpiredPackIsRefused() {
        String sku = stock.product(0);
        PackLabel old = stock.receive(sku, "OLD", 5, 1);
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(3 * 86400)));

        InvalidInputException scanned = assertThrows(InvalidInputException.class,
                () -> counter.sell(TestStock.sale(old.content(), 1), TestStock.BILLER));
        assertEquals("lines[0].code", scanned.problems().get(0).field());
        assertTrue(scanned.problems().get(0).message().contains("expired"));
        assertThrows(StockShortageException.class, () -> counter.sell(TestStock.sale(sku, 1), TestStock.BILLER));
        assertEquals(5, stock.balance(sku, Pool.COUNTER));
    }

    @Test
    void transfersNeedAReasonStayWithinTheBalanceAndKeepSweetReturnsOffTheCounter() {
        String sku = stock.product(5);
        service.transfer(new StockRequests.Transfer(sku, "B1", Pool.COUNTER, Pool.RETURN, 2, "damaged boxes"),
                TestStock.OWNER);
        assertEquals(3, stock.balance(sku, Pool.COUNTER));
        assertEquals(2, stock.balance(sku, Pool.RETURN));

        StockShortageException beyond = assertThrows(StockShortageException.class, () -> service.transfer(
                new StockRequests.Transfer(sku, "B1", Pool.COUNTER, Pool.ADVANCE_BOOKING, 4, "for Diwali orders"),
                TestStock.OWNER));
        assertEquals("quantity", beyond.problems().get(0).field());
        InvalidInputException back = assertThrows(InvalidInputException.class, () -> service.transfer(
                new StockRequests.Transfer(sku, "B1", Pool.RETURN, Pool.COUNTER, 1, "looks fine"), TestStock.OWNER));
        assertEquals("to", back.problems().get(0).field());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> service.transfer(
                new StockRequests.Transfer(sku, "NOPE", Pool.COUNTER, Pool.COUNTER, -1, ""), TestStock.OWNER));
        assertEquals(List.of("batchNumber", "quantity", "reason", "to"),
                bad.problems().stream().map(p -> p.field()).sorted().toList());
        assertThrows(AccessDeniedException.class, () -> service.transfer(
                new StockRequests.Transfer(sku, "B1", Pool.COUNTER, Pool.RETURN, 1, "damaged"), TestStock.BILLER));
        assertEquals(3, stock.balance(sku, Pool.COUNTER));
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void aCountSetsTheBalanceAndIsAudited() {
        String sku = stock.product(5);
        service.adjust(new StockRequests.Count(sku, "B1", Pool.COUNTER, 4, "evening count"), TestStock.OWNER);
        assertEquals(4, stock.balance(sku, Pool.COUNTER));
        assertEquals(4, stock.ledgerSum(sku, Pool.COUNTER));
        assertTrue(audit.latest("STOCK_ADJUSTED", 5).stream().anyMatch(a -> a.details().contains("-1 to 4")));
        assertThrows(InvalidInputException.class, () -> service.adjust(
                new StockRequests.Count(sku, "B1", Pool.COUNTER, -2, "evening count"), TestStock.OWNER));
    }

    @Test
    void theStockViewShowsPoolsPerBatchWithExpiryStates() {
        String sku = stock.product(0);
        stock.receive(sku, "SOON", 2, 1);
        stock.receive(sku, "FRESH", 3, 30);
        StockView view = service.stock(TestStock.PACKER);
        StockView.ProductStock row = view.products().stream().filter(p -> p.sku().equals(sku)).findFirst().orElseThrow();
        assertEquals(5, row.counter());
        assertEquals(List.of("SOON:SOON", "FRESH:OK"),
                row.batches().stream().map(b -> b.batchNumber() + ":" + b.expiry()).toList());
        assertThrows(AccessDeniedException.class, () -> service.stock(TestStock.RAVI));
    }

    @Test
    void aSaleWithOneShortLineSellsNothingAtAll() {
        String sku = stock.product(3);
        String other = stock.product(5);
        CounterSaleRequest request = new CounterSaleRequest(List.of(new CounterSaleRequest.Line(other, 1),
                new CounterSaleRequest.Line(sku, 2), new CounterSaleRequest.Line(sku, 2)));
        StockShortageException e = assertThrows(StockShortageException.class, () -> counter.sell(request,
                TestStock.BILLER));
        assertEquals("lines[2].quantity", e.problems().get(0).field());
        assertTrue(e.getMessage().startsWith("Only 1 × Kaju Katli 1 kg left at the counter (2 wanted)"), e.getMessage());
        assertEquals(3, stock.balance(sku, Pool.COUNTER));
        assertEquals(5, stock.balance(other, Pool.COUNTER));
        CounterSaleReceipt sale = counter.sell(new CounterSaleRequest(List.of(new CounterSaleRequest.Line(sku, 2),
                new CounterSaleRequest.Line(sku, 1))), TestStock.BILLER);
        assertEquals(new java.math.BigDecimal("3600.00"), sale.total());
        assertEquals(0, stock.balance(sku, Pool.COUNTER));
        assertTrue(stock.ledgerMatchesBalances(sku));
    }
}
