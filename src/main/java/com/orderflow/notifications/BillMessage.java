package com.orderflow.notifications;

import java.math.BigDecimal;

/**
 * A bill as the customer's message tells it.
 *
 * @param amount     what the bill comes to
 * @param amountDue  what is still to pay; zero or null when paid
 * @param upiLink    the {@code upi://pay} link for what is due, or null
 */
public record BillMessage(String billNumber, BigDecimal amount, BigDecimal amountDue, String trackingUrl,
        String upiLink) {
}
