package com.orderflow.tracking;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Where an order's payment stands, for the public tracking page. Declared here and implemented by
 * billing, so that billing may use tracking (for the link on its bills) without tracking knowing
 * billing.
 */
public interface PaymentStatusSource {

    /** Empty while the order has no bill, or when there is nothing to tell the customer. */
    Optional<TrackedPayment> forOrder(String orderNumber);

    /**
     * @param paid    nothing is due any more
     * @param billed  what the bill comes to now (after discounts, tax and credit notes)
     * @param due     what is still to pay, zero when paid
     * @param payLink a {@code upi://pay} link for what is due, or null
     */
    record TrackedPayment(boolean paid, BigDecimal billed, BigDecimal due, String payLink) {
    }
}
