package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Live stock (K3): per product and size, its batches with their balance in each pool. */
public record StockView(LocalDate today, List<ProductStock> products, List<BackorderView> backorders) {

    public record ProductStock(String sku, String name, String size, BigDecimal unitWeightGrams, BigDecimal price,
            int reorderLevel, int counter, int advanceBooking, int returns, boolean low, List<BatchStock> batches) {
    }

    /** {@code expiry}: EXPIRED, SOON (within the warning days) or OK, which the page colours. */
    public record BatchStock(String batchNumber, LocalDate productionDate, LocalDate expiryDate, String expiry,
            int counter, int advanceBooking, int reserved, int returns, String label) {
    }
}
