package com.orderflow.notifications;

/**
 * A message in the customer's language: the plain text (SMS, WhatsApp inside the 24-hour window,
 * and what the outbox page shows), and the same values as WhatsApp template variables
 * ({@code {"1": …, "2": …}}, the bundle's {0}, {1} … in the same order).
 */
record RenderedText(String body, String contentVariables) {
}
