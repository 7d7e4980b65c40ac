package com.orderflow.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What dmn/loyalty-points.dmn says for one customer: the tier, how many whole points each ₹100 of a
 * bill earns, what a point is worth at billing, the fewest points redeemed at once and how many
 * months a balance lasts without new points.
 */
public record LoyaltyTerms(String tier, int pointsPerHundredRupees, BigDecimal rupeesPerPoint, int minimumRedemption,
        int expiryMonths) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whole points earned on a bill of this amount (rounded down: ₹199 at 1 per ₹100 earns 1). */
    long pointsFor(BigDecimal rupees) {
        return rupees.multiply(BigDecimal.valueOf(pointsPerHundredRupees)).divide(HUNDRED, 0, RoundingMode.DOWN)
                .longValueExact();
    }

    /** What these points are worth at billing, in rupees with paise. */
    public BigDecimal rupeesFor(long points) {
        return rupeesPerPoint.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_UP);
    }
}
