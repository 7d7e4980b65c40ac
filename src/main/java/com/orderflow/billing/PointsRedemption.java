package com.orderflow.billing;

import java.math.BigDecimal;

/**
 * Loyalty points spent on a bill as it is issued (F8): declared here, implemented by the module that
 * keeps the points, so that billing knows nothing of them. Called in the bill's transaction.
 */
public interface PointsRedemption {

    /**
     * Spends the points of the order's customer.
     *
     * @param most what the bill comes to before the points (after the staff's discount)
     * @return what the points are worth, in rupees: taken off the bill as a discount
     * @throws com.orderflow.platform.web.InvalidInputException naming {@code field} when refused
     */
    BigDecimal redeem(String customerPhone, String orderNumber, long points, BigDecimal most, String field,
            String actor);
}
