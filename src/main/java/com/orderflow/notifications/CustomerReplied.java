package com.orderflow.notifications;

/**
 * Published when a customer answers a notification with a meaning the order process may wait for
 * (confirm or reschedule an advance booking), after the reply is recorded and in the same
 * transaction. {@code orderNumber} is the order of the latest day-before reminder sent to that
 * number; null when none was sent.
 */
public record CustomerReplied(String orderNumber, CustomerReply reply) {
}
