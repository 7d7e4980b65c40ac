package com.orderflow.inventory;

import java.util.List;

/**
 * A counter sale as the cashier enters it: each line a SKU, a scanned pack label or a maker's
 * barcode, and how many; how it was paid (cash, upi or card) and, for UPI and card, the payment's
 * reference (the 12-digit UPI transaction id, or the card slip's number).
 */
public record CounterSaleRequest(List<Line> lines, String paymentMode, String paymentReference) {

    /** A cash sale. */
    public CounterSaleRequest(List<Line> lines) {
        this(lines, "cash", null);
    }

    public record Line(String code, Integer quantity) {
    }
}
