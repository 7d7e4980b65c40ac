package com.orderflow.billing;

/** ACCEPTED counts towards the bill; FLAGGED waits for a biller; FAILED never counts. */
public enum PaymentStatus {
    ACCEPTED, FLAGGED, FAILED
}
