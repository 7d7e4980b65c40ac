package com.orderflow.inventory;

import java.util.Locale;
import java.util.Optional;

/** How money was paid at the till: a counter sale, or a bill paid at the counter. */
public enum CounterPayment {
    CASH, UPI, CARD;

    /** "cash", "upi", "card" as the pages and the API write them (also bill payments). */
    public static Optional<CounterPayment> ofTyped(String value) {
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
