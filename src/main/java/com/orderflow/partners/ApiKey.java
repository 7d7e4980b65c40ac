package com.orderflow.partners;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner's API key: its name, scopes, the SHA-256 of the key (never the key), revocation and last use. */
@Entity
@Table(name = "partner_api_key")
class ApiKey {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String prefix;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "can_read")
    private boolean canRead;
    @Column(name = "can_write")
    private boolean canWrite;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    ApiKey(String name, String prefix, String keyHash, boolean canRead, boolean canWrite, String createdBy,
            Instant createdAt) {
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.canRead = canRead;
        this.canWrite = canWrite;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** @return false when it was revoked already */
    boolean revoke(String by, Instant at) {
        if (revokedAt != null) {
            return false;
        }
        revokedBy = by;
        revokedAt = at;
        return true;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String keyHash() {
        return keyHash;
    }

    PartnerKey asPartner() {
        return new PartnerKey(id, name, canRead, canWrite);
    }

    ApiKeyView view() {
        return new ApiKeyView(id, name, prefix, canRead, canWrite, createdBy, createdAt, revokedBy, revokedAt,
                lastUsedAt);
    }
}
