package com.orderflow.jewelry;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Scales the jewelry trade works in: grams to the milligram (3 decimals, as a jeweller's scale
 * reads), rupees to the paisa (2 decimals, HALF_UP, rounded once per bill line).
 */
final class Weights {
    static final int GRAM_SCALE = 3;
    static final int RUPEE_SCALE = 2;

    private Weights() {
    }

    static BigDecimal grams(BigDecimal value) {
        return value == null ? null : value.setScale(GRAM_SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal rupees(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(RUPEE_SCALE) : value.setScale(RUPEE_SCALE, RoundingMode.HALF_UP);
    }

    /** "12.345 g" */
    static String show(BigDecimal grams) {
        return grams == null ? "-" : grams.setScale(GRAM_SCALE, RoundingMode.HALF_UP).toPlainString() + " g";
    }

    /** True when the value has more decimals than a scale of {@code scale} can hold without rounding. */
    static boolean tooPrecise(BigDecimal value, int scale) {
        return value != null && value.stripTrailingZeros().scale() > scale;
    }
}
