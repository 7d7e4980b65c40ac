package com.orderflow.delivery;

import java.util.Locale;

/** How a stop ended; the order process hears "delivered" or "returned". */
public enum StopOutcome {
    DELIVERED, RETURNED;

    /** The word the diagrams use ({@code deliveryOutcome}). */
    public String processValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static StopOutcome parse(String value) {
        if (value == null) {
            return null;
        }
        for (StopOutcome outcome : values()) {
            if (outcome.name().equalsIgnoreCase(value.trim())) {
                return outcome;
            }
        }
        return null;
    }
}
