package com.orderflow.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.orderflow.orders.ContactChannel;

/**
 * One message to one customer, in the outbox. The text is rendered when the row is written, in the
 * customer's language, so the outbox page shows exactly what was (or will be) sent.
 */
@Entity
@Table(name = "notification")
class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "order_number")
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private NotificationEvent event;
    @Column(name = "send_version")
    private int sendVersion;
    @Enumerated(EnumType.STRING)
    private ContactChannel channel;
    private String recipient;
    @Column(name = "language_tag")
    private String language;
    private String body;
    @Column(name = "content_variables")
    private String contentVariables;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "claimed_by")
    private String claimedBy;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "provider_sid")
    private String providerSid;
    @Column(name = "provider_status")
    private String providerStatus;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "care_task_opened")
    private boolean careTaskOpened;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Notification() {
    }

    Notification(long orderId, String orderNumber, NotificationEvent event, int sendVersion, ContactChannel channel,
            String recipient, String language, RenderedText text, boolean providerConfigured, String createdBy,
            Instant now) {
        this.idempotencyKey = keyOf(orderId, event, sendVersion);
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.event = event;
        this.sendVersion = sendVersion;
        this.channel = channel;
        this.recipient = recipient;
        this.language = language;
        this.body = text.body();
        this.contentVariables = text.contentVariables();
        // Without a provider the row is still kept (and shown), but it must never look sent or due.
        this.status = providerConfigured ? NotificationStatus.PENDING : NotificationStatus.NOT_CONFIGURED;
        this.lastError = providerConfigured ? null : "not sent: no provider configured";
        this.nextAttemptAt = providerConfigured ? now : null;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static String keyOf(long orderId, NotificationEvent event, int sendVersion) {
        return orderId + "/" + event + "/v" + sendVersion;
    }

    void sent(String sid, Instant now) {
        status = NotificationStatus.SENT;
        providerSid = sid;
        providerStatus = "queued";
        sentAt = now;
        lastError = null;
        release(now);
    }

    /** A temporary failure: try again at {@code next}. */
    void retryAt(Instant next, String error, Instant now) {
        status = NotificationStatus.PENDING;
        nextAttemptAt = next;
        lastError = error;
        release(now);
    }

    void failed(String error, Instant now) {
        status = NotificationStatus.FAILED;
        nextAttemptAt = null;
        lastError = error;
        release(now);
    }

    /** What Twilio's status callback says happened after it accepted the message. */
    void providerReported(String providerStatus, String error, Instant now) {
        this.providerStatus = providerStatus;
        switch (providerStatus) {
            case "delivered", "read" -> status = NotificationStatus.DELIVERED;
            case "undelivered", "failed" -> {
                status = NotificationStatus.FAILED;
                lastError = "provider reported " + providerStatus + (error == null ? "" : " (error " + error + ")");
            }
            default -> {
                // queued, sending, sent: still on its way, nothing to change
            }
        }
        updatedAt = now;
    }

    void careTaskOpened() {
        careTaskOpened = true;
    }

    private void release(Instant now) {
        claimedBy = null;
        claimedUntil = null;
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    NotificationEvent event() {
        return event;
    }

    int sendVersion() {
        return sendVersion;
    }

    ContactChannel channel() {
        return channel;
    }

    String recipient() {
        return recipient;
    }

    String language() {
        return language;
    }

    String body() {
        return body;
    }

    String contentVariables() {
        return contentVariables;
    }

    NotificationStatus status() {
        return status;
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    String claimedBy() {
        return claimedBy;
    }

    String providerSid() {
        return providerSid;
    }

    String providerStatus() {
        return providerStatus;
    }

    String lastError() {
        return lastError;
    }

    boolean isCareTaskOpened() {
        return careTaskOpened;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    String createdBy() {
        return createdBy;
    }

    NotificationView toView() {
        return new NotificationView(id, orderNumber, event, sendVersion, channel, recipient, language, body, status,
                attempts, nextAttemptAt, providerSid, providerStatus, lastError, careTaskOpened, createdBy, createdAt,
                sentAt);
    }
}
