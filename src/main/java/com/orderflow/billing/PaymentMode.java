package com.orderflow.billing;

import java.util.Locale;
import java.util.Optional;

/** How money came in: at the counter (cash, UPI scanned at the till, card) or through the gateway. */
public enum PaymentMode {
    CASH, UPI, CARD, GATEWAY;

    /** "cash", "upi", "card" as the bill form and the API write them; the gateway is never typed in. */
    static Optional<PaymentMode> ofCounter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "cash" -> Optional.of(CASH);
            case "upi" -> Optional.of(UPI);
            case "card" -> Optional.of(CARD);
            default -> Optional.empty();
        };
    }
}
