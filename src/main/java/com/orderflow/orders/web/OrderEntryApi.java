package com.orderflow.orders.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.inventory.CatalogueItem;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderEntry;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.NotFoundException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the order form asks while an order is taken; for roles that may take orders. */
@RestController
@RequestMapping("/api/order-entry")
@Tag(name = "Order entry")
class OrderEntryApi {
    private final OrderEntry entry;

    OrderEntryApi(OrderEntry entry) {
        this.entry = entry;
    }

    record QuoteRequest(List<NewOrder.Line> lines) {
    }

    @Operation(summary = "Products by part of a name (English, Marathi or Hindi), SKU or size, or a scanned pack "
            + "label; with price and the packs free now at the counter and in advance-booking stock")
    @GetMapping("/products")
    List<CatalogueItem> products(@RequestParam(defaultValue = "") String q, CurrentUser user) {
        return entry.products(q, user);
    }

    @Operation(summary = "The customer who last ordered from this phone number (any format), with their last orders; "
            + "404 for a number that never ordered")
    @GetMapping("/customers")
    OrderEntry.ReturningCustomer customer(@RequestParam(defaultValue = "") String phone, CurrentUser user) {
        return entry.customer(phone, user).orElseThrow(() -> new NotFoundException("No orders from " + phone));
    }

    @Operation(summary = "The running total of lines being entered, priced as the order will be (display only)")
    @PostMapping("/quote")
    OrderEntry.Quote quote(@RequestBody QuoteRequest request, CurrentUser user) {
        return entry.quote(request.lines(), user);
    }
}
