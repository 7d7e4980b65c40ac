package com.orderflow.billing;

import java.math.BigDecimal;

/**
 * Published when a credit note is written against an order's bill (a price correction, a return,
 * a cancellation), inside the transaction that writes it: a listener's writes commit or roll back
 * with it.
 */
public record CreditNoteIssued(String orderNumber, String billNumber, String creditNoteNumber, BigDecimal amount,
        String actor) {
}
