package com.orderflow.partners;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where to post which events, with the secret that signs each delivery. */
@Entity
@Table(name = "webhook_subscription")
class WebhookSubscription {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String url;
    private String events;
    private String secret;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "care_task_opened")
    private boolean careTaskOpened;

    protected WebhookSubscription() {
    }

    WebhookSubscription(String url, Set<WebhookEvent> events, String secret, String createdBy, Instant createdAt) {
        this.url = url;
        this.events = events.stream().map(WebhookEvent::type).sorted().collect(Collectors.joining(","));
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    boolean wants(WebhookEvent event) {
        return removedAt == null && Arrays.asList(events.split(",")).contains(event.type());
    }

    void remove(Instant at) {
        if (removedAt == null) {
            removedAt = at;
        }
    }

    /** @return true when the endpoint had no open task yet (so one is to be opened now) */
    boolean startFailing() {
        boolean first = !careTaskOpened;
        careTaskOpened = true;
        return first;
    }

    /** A delivery went through again: the next run of failures gets a task of its own. */
    void recovered() {
        careTaskOpened = false;
    }

    Long id() {
        return id;
    }

    String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    WebhookSubscriptionView view() {
        return new WebhookSubscriptionView(id, url, Arrays.asList(events.split(",")), createdBy, createdAt, removedAt,
                careTaskOpened);
    }
}
