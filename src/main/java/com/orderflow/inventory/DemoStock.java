package com.orderflow.inventory;

import java.math.BigDecimal;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.DemoData;
import com.orderflow.platform.security.CurrentUser;

/**
 * A sweets shop's shelf for a first look: the demo orders' products with batches and counter stock.
 * Only in demo mode with demo data on (the tests turn demo data off), only into an empty catalogue,
 * and before the demo orders are placed so that they find stock.
 */
@Component
@Order(5)
class DemoStock implements DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoStock.class);
    private static final CurrentUser OWNER = new CurrentUser("owner", Set.of(Roles.ADMIN));

    private final boolean enabled;
    private final Products products;
    private final StockService stock;
    private final ShopClock clock;

    DemoStock(@Value("${orderflow.demo:false}") boolean demo, @Value("${orderflow.demo-orders:true}") boolean demoData,
            Products products, StockService stock, ShopClock clock) {
        this.enabled = demo && demoData;
        this.products = products;
        this.stock = stock;
        this.clock = clock;
    }

    @Override
    public void run() {
        if (!enabled) {
            return;
        }
        if (products.count() > 0) {
            nameInMarathiAndHindi(); // a demo catalogue made before products had these names
            return;
        }
        product("KK-1KG", "Kaju Katli", "1 kg", "1000", "1200", 5, false, 12, 8);
        product("KK-500", "Kaju Katli", "500 g", "500", "620", 8, false, 20, 8);
        product("MOD-500", "Ukadiche Modak", "500 g", "500", "450", 6, false, 10, 2);
        product("CHK-500", "Chakli", "500 g", "500", "260", 10, true, 30, 45);
        product("BES-250", "Besan Ladoo", "250 g", "250", "160", 10, false, 25, 15);
        product("KAR-250", "Karanji", "250 g", "250", "180", 10, false, 40, 10);
        product("MOT-1KG", "Motichoor Ladoo", "1 kg", "1000", "640", 4, false, 9, 6);
        nameInMarathiAndHindi();
        log.info("Demo stock taken in: 7 products with a batch each at the counter");
    }

    /** The demo sweets' names as a Marathi and a Hindi speaker ask for them, where not named yet. */
    private void nameInMarathiAndHindi() {
        names("KK-1KG", "काजू कतली", "काजू कतली");
        names("KK-500", "काजू कतली", "काजू कतली");
        names("MOD-500", "उकडीचे मोदक", "भाप वाले मोदक");
        names("CHK-500", "चकली", "चकली");
        names("BES-250", "बेसन लाडू", "बेसन लड्डू");
        names("KAR-250", "करंजी", "गुजिया");
        names("MOT-1KG", "मोतीचूर लाडू", "मोतीचूर लड्डू");
    }

    private void names(String sku, String marathi, String hindi) {
        products.findBySku(sku).filter(p -> p.nameMr() == null && p.nameHi() == null).ifPresent(p -> {
            p.nameInOtherLanguages(marathi, hindi);
            products.save(p);
        });
    }

    private void product(String sku, String name, String size, String grams, String price, int reorderLevel,
            boolean restockable, int quantity, int shelfLifeDays) {
        stock.addProduct(new StockRequests.NewProduct(sku, name, size, new BigDecimal(grams), new BigDecimal(price),
                reorderLevel, restockable), OWNER);
        var made = clock.today().minusDays(1);
        stock.receive(new StockRequests.Receipt(sku, sku.replace("-", "") + "-" + made.toString().replace("-", ""),
                made, made.plusDays(shelfLifeDays), quantity, Pool.COUNTER), OWNER);
    }
}
