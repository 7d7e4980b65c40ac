package com.orderflow.inventory.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.inventory.CounterSaleReceipt;
import com.orderflow.inventory.CounterSaleRequest;
import com.orderflow.inventory.CounterSaleService;
import com.orderflow.inventory.PackLabel;
import com.orderflow.inventory.ProductNames;
import com.orderflow.inventory.ProductDetails;
import com.orderflow.inventory.ProductMaster;
import com.orderflow.inventory.StockAlertService;
import com.orderflow.inventory.StockRequests;
import com.orderflow.inventory.StockService;
import com.orderflow.inventory.StockView;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.NotFoundException;

/**
 * The stock API (K3, K14, K16): live stock, look-up by SKU or label, the product master, stock in/out,
 * counter sales.
 */
@RestController
@RequestMapping("/api")
class StockApi {
    private final StockService stock;
    private final CounterSaleService counter;
    private final StockAlertService alerts;
    private final ProductNames names;
    private final ProductMaster products;

    StockApi(StockService stock, CounterSaleService counter, StockAlertService alerts, ProductNames names,
            ProductMaster products) {
        this.stock = stock;
        this.counter = counter;
        this.alerts = alerts;
        this.names = names;
        this.products = products;
    }

    @GetMapping("/stock")
    StockView stock(CurrentUser user) {
        return stock.stock(user);
    }

    /** What a typed SKU or a scanned label is, and how many packs the counter may sell now. */
    @GetMapping("/stock/lookup")
    StockService.ProductInfo lookUp(@RequestParam String code, CurrentUser user) {
        return stock.lookUp(code, user).orElseThrow(() -> new NotFoundException("No product for '" + code + "'"));
    }

    @GetMapping("/stock/search")
    List<StockService.ProductInfo> search(@RequestParam(defaultValue = "") String q, CurrentUser user) {
        return stock.search(q, user);
    }

    @GetMapping("/stock/products")
    List<ProductMaster.ProductRow> products(CurrentUser user) {
        return products.list(user);
    }

    /** Changes a product (everything but its SKU); a price change is audited with old and new price. */
    @PutMapping("/stock/products/{sku}")
    ProductMaster.ProductRow changeProduct(@PathVariable String sku, @RequestBody ProductDetails details,
            CurrentUser user) {
        return products.change(sku, details, user);
    }

    @PostMapping("/stock/products")
    ResponseEntity<Map<String, String>> addProduct(@RequestBody StockRequests.NewProduct request, CurrentUser user) {
        String sku = stock.addProduct(request, user);
        return ResponseEntity.created(URI.create("/api/stock/lookup?code=" + sku)).body(Map.of("sku", sku));
    }

    /** The product's names in Marathi and Hindi (order entry finds a product by any of its names). */
    @org.springframework.web.bind.annotation.PutMapping("/stock/products/{sku}/names")
    ResponseEntity<Void> name(@org.springframework.web.bind.annotation.PathVariable String sku,
            @RequestBody ProductNames.Names request, CurrentUser user) {
        names.rename(sku, request, user);
        return ResponseEntity.noContent().build();
    }

    /** A production receipt; answers the batch's label (print it from /inventory/label). */
    @PostMapping("/stock/receipts")
    ResponseEntity<Map<String, String>> receive(@RequestBody StockRequests.Receipt request, CurrentUser user) {
        PackLabel label = stock.receive(request, user);
        return ResponseEntity.status(201).body(Map.of("sku", label.sku(), "batchNumber", label.batchNumber(),
                "label", label.content()));
    }

    @PostMapping("/stock/transfers")
    ResponseEntity<Void> transfer(@RequestBody StockRequests.Transfer request, CurrentUser user) {
        stock.transfer(request, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/stock/adjustments")
    ResponseEntity<Void> adjust(@RequestBody StockRequests.Count request, CurrentUser user) {
        stock.adjust(request, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/counter-sales")
    ResponseEntity<CounterSaleReceipt> sell(@RequestBody CounterSaleRequest request, CurrentUser user) {
        return ResponseEntity.status(201).body(counter.sell(request, user));
    }

    /** Starts a stock review now (admins); its alerts appear as tasks in Tasklist. */
    @PostMapping("/stock/review")
    ResponseEntity<Map<String, String>> review(CurrentUser user) {
        return ResponseEntity.accepted().body(Map.of("processInstanceId", alerts.requestReview(user)));
    }

    @GetMapping("/stock/alerts")
    List<StockAlertService.AlertView> openAlerts(CurrentUser user) {
        return alerts.openAlerts(user);
    }
}
