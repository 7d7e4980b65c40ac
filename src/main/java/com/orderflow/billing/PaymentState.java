package com.orderflow.billing;

/**
 * Where an order's money stands: amount due = the current bill's total − its credit notes −
 * accepted payments. REFUND_DUE when more was paid than is now due (after a revision, a credit
 * note or a cancellation).
 */
public enum PaymentState {
    UNPAID, PARTLY_PAID, PAID, REFUND_DUE
}
