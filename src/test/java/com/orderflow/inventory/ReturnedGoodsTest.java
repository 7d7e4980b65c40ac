package com.orderflow.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.OrderflowSpringTest;

/** Returned packs: into Return stock with their batch, then back on the counter only where allowed, or scrapped. */
@OrderflowSpringTest
class ReturnedGoodsTest {
    @Autowired
    ReturnedGoods goods;
    @Autowired
    OrderStockService orderStock;
    @Autowired
    TestStock stock;

    private static String orderNumber() {
        return "KO-2099-" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
    }

    @Test
    void returnedPacksGoIntoReturnStockWithTheBatchesTheyWerePackedFrom() {
        String sku = stock.product("Kaju Katli", 0, false);
        stock.receive(sku, "OLD", 2, 3);
        stock.receive(sku, "NEW", 5, 9);
        String order = orderNumber();
        orderStock.consume(order, List.of(new StockLine(sku, null, 4)), "packer");

        List<ConsumedBatch> back = goods.takeBack(order, "KR-2099-000001", List.of(new StockLine(sku, null, 3)), "care");

        assertEquals(List.of("OLD:2", "NEW:1"), back.stream().map(b -> b.batchNumber() + ":" + b.quantity()).toList());
        assertEquals(3, stock.balance(sku, Pool.RETURN));
        assertEquals(3, stock.balance(sku, Pool.COUNTER), "Return stock is not saleable stock");
        InvalidInputException more = assertThrows(InvalidInputException.class, () -> goods.takeBack(order,
                "KR-2099-000002", List.of(new StockLine(sku, null, 2)), "care"));
        assertEquals("lines[0].quantity", more.problems().get(0).field());
        assertEquals(3, stock.balance(sku, Pool.RETURN), "a refused return books nothing");
        assertTrue(stock.ledgerMatchesBalances(sku));
    }

    @Test
    void onlyRestockableProductsOrSealedPacksGoBackOnTheCounterAndNeverExpiredOnes() {
        String sweets = stock.product("Kaju Katli", 0, false);
        String snacks = stock.product("Chivda", 0, true);
        stock.receive(sweets, "S1", 5, 5);
        stock.receive(snacks, "C1", 5, 90);
        String order = orderNumber();
        orderStock.consume(order, List.of(new StockLine(sweets, null, 2), new StockLine(snacks, null, 2)), "packer");
        goods.takeBack(order, "KR-2099-000003", List.of(new StockLine(sweets, null, 2), new StockLine(snacks, null, 2)),
                "care");

        assertFalse(goods.mayRestock(sweets, "S1", false));
        assertThrows(ConflictException.class, () -> goods.restock(order, "KR-2099-000003", sweets, "S1", 1, false, "packer"));
        assertTrue(goods.mayRestock(sweets, "S1", true), "refused at the door, still sealed");
        goods.restock(order, "KR-2099-000003", sweets, "S1", 1, true, "packer");
        goods.scrap(order, "KR-2099-000003", sweets, "S1", 1, "packer");
        goods.restock(order, "KR-2099-000003", snacks, "C1", 1, false, "packer");
        assertThrows(ConflictException.class, () -> goods.scrap(order, "KR-2099-000003", snacks, "C1", 2, "packer"),
                "only one pack of that batch is left in Return stock");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now()
                .plus(java.time.Duration.ofDays(100))));
        try {
            assertFalse(goods.mayRestock(snacks, "C1", false), "an expired batch is never sold again");
            assertThrows(ConflictException.class, () -> goods.restock(order, "KR-2099-000003", snacks, "C1", 1, false,
                    "packer"));
            goods.scrap(order, "KR-2099-000003", snacks, "C1", 1, "packer");
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        assertEquals(0, stock.balance(sweets, Pool.RETURN));
        assertEquals(4, stock.balance(sweets, Pool.COUNTER));
        assertEquals(0, stock.balance(snacks, Pool.RETURN));
        assertEquals(4, stock.balance(snacks, Pool.COUNTER));
        assertTrue(stock.ledgerMatchesBalances(sweets));
        assertTrue(stock.ledgerMatchesBalances(snacks));
    }
}
