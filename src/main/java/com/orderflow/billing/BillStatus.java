package com.orderflow.billing;

/** A bill's life: issued, then possibly replaced by a revision or cancelled by a full credit note. */
public enum BillStatus {
    ISSUED, SUPERSEDED, CANCELLED
}
