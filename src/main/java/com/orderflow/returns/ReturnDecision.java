package com.orderflow.returns;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to a return: the outputs of the refund-or-replacement table and the biller's
 * choices. In the process and the forms they are written in lower case ({@link #value()}).
 */
public enum ReturnDecision {
    REFUND, REPLACEMENT, REJECT, REVIEW;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReturnDecision> of(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ReturnDecision d : values()) {
            if (d.value().equalsIgnoreCase(value.toString().strip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
