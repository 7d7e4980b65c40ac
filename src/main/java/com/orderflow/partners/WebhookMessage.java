package com.orderflow.partners;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for one subscription: the outbox row written with the change, then its delivery state.
 * Its {@code messageId} is the {@code webhook-id} of every attempt, so receivers de-duplicate by it.
 */
@Entity
@Table(name = "webhook_message")
class WebhookMessage {
    enum Status {
        PENDING, DELIVERED, GAVE_UP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subscription_id")
    private Long subscriptionId;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "ordering_key")
    private String orderingKey;
    private String payload;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    private int attempts;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "last_error")
    private String lastError;

    protected WebhookMessage() {
    }

    WebhookMessage(long subscriptionId, String messageId, WebhookEvent event, String orderingKey, String payload,
            Instant createdAt) {
        this.subscriptionId = subscriptionId;
        this.messageId = messageId;
        this.eventType = event.type();
        this.orderingKey = orderingKey;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    void delivered(Instant at) {
        attempts++;
        status = Status.DELIVERED;
        finishedAt = at;
        claimedUntil = null;
        lastError = null;
    }

    /** @return true when this was the last attempt (the message is given up) */
    boolean failed(Instant at, String error, int maxAttempts, Duration retryAfter) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = Status.GAVE_UP;
            finishedAt = at;
            return true;
        }
        nextAttemptAt = at.plus(retryAfter);
        return false;
    }

    Long id() {
        return id;
    }

    Long subscriptionId() {
        return subscriptionId;
    }

    String messageId() {
        return messageId;
    }

    String eventType() {
        return eventType;
    }

    String payload() {
        return payload;
    }

    int attempts() {
        return attempts;
    }

    String lastErrorOrNone() {
        return lastError == null ? "none" : lastError;
    }

    Status status() {
        return status;
    }
}
