package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A completed counter sale: what went out of which batch, and the total to collect. */
public record CounterSaleReceipt(String reference, Instant soldAt, List<Line> lines, BigDecimal total) {
    public record Line(String sku, String product, String size, String batchNumber, int quantity,
            BigDecimal unitPrice, BigDecimal lineTotal) {
    }
}
