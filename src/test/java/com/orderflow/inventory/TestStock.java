package com.orderflow.inventory;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/** Products with stock for tests, each under a fresh SKU so that tests sharing a database never meet. */
@Component
public class TestStock {
    public static final CurrentUser OWNER = new CurrentUser("owner", Set.of("admin"));
    public static final CurrentUser BILLER = new CurrentUser("biller", Set.of("biller"));
    public static final CurrentUser PACKER = new CurrentUser("packer", Set.of("packer"));
    public static final CurrentUser RAVI = new CurrentUser("ravi", Set.of("delivery"));

    private final StockService stock;
    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    TestStock(StockService stock, JdbcTemplate jdbc, ShopClock clock) {
        this.stock = stock;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new product ("Kaju Katli 1 kg" at ₹1,200 under a fresh SKU), nothing in stock. */
    public String product(String name, int reorderLevel, boolean returnsRestockable) {
        return product(name, "1200", reorderLevel, returnsRestockable);
    }

    /** A new 1 kg product at this price (rupees) under a fresh SKU, nothing in stock. */
    public String product(String name, String price, int reorderLevel, boolean returnsRestockable) {
        String sku = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        stock.addProduct(new StockRequests.NewProduct(sku, name, "1 kg", new BigDecimal("1000"), new BigDecimal(price),
                reorderLevel, returnsRestockable), OWNER);
        return sku;
    }

    public String product(int counterUnits) {
        String sku = product("Kaju Katli", 0, false);
        if (counterUnits > 0) {
            receive(sku, "B1", counterUnits, 10);
        }
        return sku;
    }

    public PackLabel receive(String sku, String batch, int quantity, int daysToExpiry) {
        var today = clock.today();
        return stock.receive(new StockRequests.Receipt(sku, batch, today.minusDays(1), today.plusDays(daysToExpiry),
                quantity, Pool.COUNTER), OWNER);
    }

    public int balance(String sku, Pool pool) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(b.quantity), 0) FROM stock_balance b JOIN product p"
                + " ON p.id = b.product_id WHERE p.sku = ? AND b.pool = ?", Integer.class, sku, pool.name());
    }

    public int ledgerSum(String sku, Pool pool) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(e.quantity), 0) FROM stock_ledger e JOIN product p"
                + " ON p.id = e.product_id WHERE p.sku = ? AND e.pool = ?", Integer.class, sku, pool.name());
    }

    /** Every balance row of the product equals the sum of its ledger rows. */
    public boolean ledgerMatchesBalances(String sku) {
        Integer mismatches = jdbc.queryForObject("""
                SELECT COUNT(*) FROM stock_balance b JOIN product p ON p.id = b.product_id
                WHERE p.sku = ? AND b.quantity <> (SELECT COALESCE(SUM(e.quantity), 0) FROM stock_ledger e
                                                   WHERE e.batch_id = b.batch_id AND e.pool = b.pool)""",
                Integer.class, sku);
        return mismatches == 0;
    }

    public static CounterSaleRequest sale(String code, int quantity) {
        return new CounterSaleRequest(java.util.List.of(new CounterSaleRequest.Line(code, quantity)));
    }
}
