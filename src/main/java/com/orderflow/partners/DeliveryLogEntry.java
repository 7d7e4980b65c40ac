package com.orderflow.partners;

import java.time.Instant;

/** One line of a subscription's delivery log: which event, which attempt, and what the receiver said. */
public record DeliveryLogEntry(String messageId, String eventType, int attempt, Instant attemptedAt,
        Integer statusCode, String error, long durationMs, String messageStatus) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
