package com.orderflow.inventory;

import java.time.LocalDate;

/** Packs of one batch that went into an order at packing: what the packing slip prints (K2). */
public record ConsumedBatch(String sku, String product, String size, String batchNumber, LocalDate expiryDate,
        int quantity) {
}
