package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A completed counter sale: what went out of which batch, the total, how it was paid (with the UPI
 * or card reference) and who sold it.
 */
public record CounterSaleReceipt(String reference, Instant soldAt, List<Line> lines, BigDecimal total,
        CounterPayment paymentMode, String paymentReference, String soldBy) {
    public record Line(String sku, String product, String size, String batchNumber, int quantity,
            BigDecimal unitPrice, BigDecimal lineTotal) {
    }
}
