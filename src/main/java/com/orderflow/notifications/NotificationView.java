package com.orderflow.notifications;

import java.time.Instant;

import com.orderflow.orders.ContactChannel;

/** A notification as the outbox page and the API show it. */
public record NotificationView(long id, String orderNumber, NotificationEvent event, int version,
        ContactChannel channel, String recipient, String language, String text, NotificationStatus status,
        int attempts, Instant nextAttemptAt, String providerSid, String providerStatus, String problem,
        boolean careTaskOpened, String createdBy, Instant createdAt, Instant sentAt) {
}
