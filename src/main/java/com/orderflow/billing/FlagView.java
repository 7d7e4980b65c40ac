package com.orderflow.billing;

import java.time.Instant;

/** A payment flag as billers see it; {@code resolvedAt} null while open. */
public record FlagView(long id, String orderNumber, String billNumber, FlagKind kind, String detail, Long paymentId,
        String raisedBy, Instant raisedAt, String resolvedBy, Instant resolvedAt, String resolution) {

    public boolean open() {
        return resolvedAt == null;
    }
}
