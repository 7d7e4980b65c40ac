package com.orderflow.orders;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An {@code Idempotency-Key} a client sent with a create, the fingerprint of its body and the order it made. */
@Entity
@Table(name = "order_idempotency_key")
class OrderIdempotencyKey {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "created_at")
    private Instant createdAt;

    protected OrderIdempotencyKey() {
    }

    OrderIdempotencyKey(String clientId, String idempotencyKey, String requestHash, Instant createdAt) {
        this.clientId = clientId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    void placed(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    String requestHash() {
        return requestHash;
    }

    String orderNumber() {
        return orderNumber;
    }
}
