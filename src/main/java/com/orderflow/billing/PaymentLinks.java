package com.orderflow.billing;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The shop's UPI payment link for a reference that is not a bill (a trading order paid in advance),
 * worded exactly as a bill's, so that the gateway's callback carries the reference back.
 */
@Component
public class PaymentLinks {
    private final UpiLinks links;

    PaymentLinks(UpiLinks links) {
        this.links = links;
    }

    /** Empty without a configured UPI id, or when nothing is due. */
    public Optional<String> upi(String reference, BigDecimal amount) {
        return links.forBill(reference, amount);
    }
}
