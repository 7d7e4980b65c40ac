package com.orderflow.partners;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One try to deliver a message: when, the receiver's answer (or why there was none), how long it took. */
@Entity
@Table(name = "webhook_attempt")
class WebhookAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "message_row_id")
    private Long messageRowId;
    @Column(name = "subscription_id")
    private Long subscriptionId;
    private int attempt;
    @Column(name = "attempted_at")
    private Instant attemptedAt;
    @Column(name = "status_code")
    private Integer statusCode;
    private String error;
    @Column(name = "duration_ms")
    private long durationMs;

    protected WebhookAttempt() {
    }

    WebhookAttempt(WebhookMessage message, int attempt, Instant attemptedAt, Integer statusCode, String error,
            long durationMs) {
        this.messageRowId = message.id();
        this.subscriptionId = message.subscriptionId();
        this.attempt = attempt;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        this.durationMs = durationMs;
    }

    Long messageRowId() {
        return messageRowId;
    }

    int attempt() {
        return attempt;
    }

    Instant attemptedAt() {
        return attemptedAt;
    }

    Integer statusCode() {
        return statusCode;
    }

    String error() {
        return error;
    }

    long durationMs() {
        return durationMs;
    }
}
