package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import com.orderflow.billing.CashUpSection;
import com.orderflow.billing.CashUpSource;

/**
 * The delivery boys' money in the till's day-end cash-up: the cash they handed over that day (what
 * is in the drawer; cash still with a boy is on the hand-over page, not expected in the till) and
 * the UPI their stops collected (in the shop's bank account). Counted as its delivered stops.
 */
@Component
class DeliveryCashUp implements CashUpSource {
    static final String KEY = "deliveryHandovers";

    private final DeliveryCash cash;

    DeliveryCashUp(DeliveryCash cash) {
        this.cash = cash;
    }

    @Override
    public CashUpSection section(LocalDate day) {
        DeliveryCashDay delivery = cash.dayTotals(day);
        BigDecimal handedOver = BigDecimal.ZERO.setScale(2);
        BigDecimal upi = BigDecimal.ZERO.setScale(2);
        int stops = 0;
        for (DeliveryCashDay.BoyCash boy : delivery.boys()) {
            stops += boy.deliveredStops();
            upi = upi.add(boy.upiCollected());
            if (boy.handover() != null) {
                handedOver = handedOver.add(boy.handover().handedOver());
            }
        }
        return new CashUpSection(KEY, 30, stops, handedOver.setScale(2), upi.setScale(2), BigDecimal.ZERO.setScale(2));
    }
}
