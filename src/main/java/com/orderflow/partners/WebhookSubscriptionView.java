package com.orderflow.partners;

import java.time.Instant;
import java.util.List;

/** A subscription as the admin page shows it (never its secret). */
public record WebhookSubscriptionView(long id, String url, List<String> events, String createdBy, Instant createdAt,
        Instant removedAt, boolean failing) {

    public boolean removed() {
        return removedAt != null;
    }
}
