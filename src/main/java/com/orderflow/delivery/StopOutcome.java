package com.orderflow.delivery;

import java.util.Locale;

/**
 * How a stop ended; the order process hears "delivered" or "returned". CANCELLED is never chosen
 * on a phone: the stop of an order cancelled while it was on the road is closed so that the run can
 * end, and its order hears nothing more.
 */
public enum StopOutcome {
    DELIVERED, RETURNED, CANCELLED;

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
