package com.orderflow.billing;

import java.util.Optional;

import com.orderflow.inventory.CounterPayment;

/** How money came in: at the counter (cash, UPI scanned at the till, card) or through the gateway. */
public enum PaymentMode {
    CASH, UPI, CARD, GATEWAY;

    /** "cash", "upi", "card" as the bill form and the API write them; the gateway is never typed in. */
    static Optional<PaymentMode> ofCounter(String value) {
        return CounterPayment.ofTyped(value).map(mode -> valueOf(mode.name()));
    }
}
