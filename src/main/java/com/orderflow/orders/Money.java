package com.orderflow.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Rupees with paise: scale 2, half-up. */
final class Money {
    private Money() {
    }

    static BigDecimal rupees(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }

    /** "₹1,240.00" in Indian grouping. */
    static String format(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("en-IN"));
        return format.format(rupees(amount));
    }
}
