package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.Instant;

/** One bill in a list. */
public record BillSummary(String number, String orderNumber, BillStatus status, String customerName,
        BigDecimal grandTotal, Instant issuedAt) {

    static BillSummary of(Bill bill) {
        return new BillSummary(bill.number(), bill.orderNumber(), bill.status(), bill.customerName(), bill.grandTotal(),
                bill.issuedAt());
    }
}
