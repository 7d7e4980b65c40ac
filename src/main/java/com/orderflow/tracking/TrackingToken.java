package com.orderflow.tracking;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One issued tracking token of an order; the token itself is not kept, only its hash and seed. */
@Entity
@Table(name = "tracking_token")
class TrackingToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "token_hash")
    private String tokenHash;
    private String seed;
    @Column(name = "active_order_id")
    private Long activeOrderId;
    private boolean revoked;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected TrackingToken() {
    }

    TrackingToken(long orderId, String seed, String tokenHash, String issuedBy, Instant issuedAt) {
        this.orderId = orderId;
        this.seed = seed;
        this.tokenHash = tokenHash;
        this.activeOrderId = orderId;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    void revoke(String actor, Instant at) {
        revoked = true;
        activeOrderId = null;
        revokedBy = actor;
        revokedAt = at;
    }

    long orderId() {
        return orderId;
    }

    String seed() {
        return seed;
    }

    boolean isRevoked() {
        return revoked;
    }
}
