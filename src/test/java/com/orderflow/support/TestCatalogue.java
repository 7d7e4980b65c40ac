package com.orderflow.support;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.inventory.Pool;
import com.orderflow.inventory.ProductNames;
import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.StockService;

/**
 * The products that {@link TestOrders} sell, with their Marathi and Hindi names and more counter
 * stock than any test uses, so that tests about orders are not about stock. Stock tests make
 * products of their own.
 */
@Component
@Order(20)
public class TestCatalogue implements ApplicationRunner {
    public static final int PLENTY = 1_000_000;
    private final StockService stock;
    private final ProductNames names;

    TestCatalogue(StockService stock, ProductNames names) {
        this.stock = stock;
        this.names = names;
    }

    @Override
    public void run(ApplicationArguments args) {
        product("KK-1KG", "Kaju Katli", "1 kg", "1000", "1200", "काजू कतली", "काजू कतली");
        product("KK-500", "Kaju Katli", "500 g", "500", "620", "काजू कतली", "काजू कतली");
        product("MOD-500", "Ukadiche Modak", "500 g", "500", "450", "उकडीचे मोदक", "भाप वाले मोदक");
        product("KAR-250", "Karanji", "250 g", "250", "180", "करंजी", "गुजिया");
    }

    private void product(String sku, String name, String size, String grams, String price, String marathi,
            String hindi) {
        if (stock.lookUp(sku, TestOrders.OWNER).isPresent()) {
            return;
        }
        stock.addProduct(new StockRequests.NewProduct(sku, name, size, new BigDecimal(grams), new BigDecimal(price),
                0, false), TestOrders.OWNER);
        stock.receive(new StockRequests.Receipt(sku, "TEST-" + sku, LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(5), PLENTY, Pool.COUNTER), TestOrders.OWNER);
        names.rename(sku, new ProductNames.Names(marathi, hindi), TestOrders.OWNER);
    }
}
