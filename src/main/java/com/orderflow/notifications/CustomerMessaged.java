package com.orderflow.notifications;

import java.time.Instant;

/**
 * Published when a customer's WhatsApp/SMS message is none of the answers the shop's messages ask
 * for (not 1/2 to a reminder, not STOP/START): a question or a complaint for Customer Care. Inside
 * the transaction that records the message; Twilio's retry of the same message publishes nothing.
 *
 * @param phone E.164
 */
public record CustomerMessaged(String phone, String body, Instant at) {
}
