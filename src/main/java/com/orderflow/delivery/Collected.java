package com.orderflow.delivery;

import java.math.BigDecimal;

/**
 * What a delivery boy collected at a stop: {@code amount} in rupees with paise (zero with NONE),
 * and the UPI reference (UTR) the customer's phone showed, for UPI only.
 */
public record Collected(CollectedMode mode, BigDecimal amount, String reference) {

    static Collected nothing() {
        return new Collected(CollectedMode.NONE, BigDecimal.ZERO.setScale(2), null);
    }

    /** Cash in hand from this stop: the amount when paid in cash, else zero. */
    BigDecimal cash() {
        return mode == CollectedMode.CASH ? amount : BigDecimal.ZERO.setScale(2);
    }

    /** Money by UPI from this stop: the amount when paid by UPI, else zero. */
    BigDecimal upi() {
        return mode == CollectedMode.UPI ? amount : BigDecimal.ZERO.setScale(2);
    }
}
