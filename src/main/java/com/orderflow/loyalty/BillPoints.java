package com.orderflow.loyalty;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import com.orderflow.billing.PointsRedemption;

/** Billing spends the customer's points on a bill as it is issued, in the bill's transaction. */
@Component
class BillPoints implements PointsRedemption {
    private final Loyalty loyalty;

    BillPoints(Loyalty loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public BigDecimal redeem(String customerPhone, String orderNumber, long points, BigDecimal most, String field,
            String actor) {
        return loyalty.redeem(customerPhone, orderNumber, points, most, field, actor);
    }
}
