package com.orderflow.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.orderflow.platform.Rupees;

/** Rupees with paise: scale 2, half-up. */
final class Money {
    private Money() {
    }

    static BigDecimal rupees(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    /** "₹1,24,000.50" */
    static String format(BigDecimal amount) {
        return Rupees.format(rupees(amount));
    }
}
