package com.orderflow.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rupees as Indian shops write them: "₹1,24,000.50" (thousands, then lakhs and crores). */
public final class Rupees {
    private Rupees() {
    }

    /** java.text groups in thousands only, so the grouping is done here. */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        String whole = plain.substring(0, plain.length() - 3);
        StringBuilder grouped = new StringBuilder(whole.substring(Math.max(0, whole.length() - 3)));
        for (int end = whole.length() - 3; end > 0; end -= 2) {
            grouped.insert(0, whole.substring(Math.max(0, end - 2), end) + ",");
        }
        return (rounded.signum() < 0 ? "-₹" : "₹") + grouped + plain.substring(plain.length() - 3);
    }
}
