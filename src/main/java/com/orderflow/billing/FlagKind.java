package com.orderflow.billing;

/** Payment problems a biller or admin must look at (S5). */
public enum FlagKind {
    /** the gateway reported a failed payment */
    PAYMENT_FAILED,
    /** money arrived, but not the amount due (or not in rupees) */
    AMOUNT_MISMATCH,
    /** money arrived against a bill that was revised or cancelled */
    STALE_BILL,
    /** the gateway named a bill we never issued */
    UNKNOWN_BILL,
    /** the order was delivered with money still due */
    PAYMENT_MISSING,
    /** more was paid than is now due: the customer is owed money */
    REFUND_DUE,
    /** the order was cancelled while its bill is live: the bill needs cancelling (a credit note) */
    BILL_NOT_CANCELLED
}
