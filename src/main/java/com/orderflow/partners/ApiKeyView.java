package com.orderflow.partners;

import java.time.Instant;

/** An API key as the admin page lists it: never the key itself, only its first characters. */
public record ApiKeyView(long id, String name, String prefix, boolean canRead, boolean canWrite, String createdBy,
        Instant createdAt, String revokedBy, Instant revokedAt, Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
