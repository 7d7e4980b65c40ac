package com.orderflow.partners;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookSubscriptions extends JpaRepository<WebhookSubscription, Long> {
    /** Subscriptions still in force. */
    List<WebhookSubscription> findByRemovedAtIsNull();

    /** Every subscription, newest first. */
    List<WebhookSubscription> findAllByOrderByCreatedAtDescIdDesc();
}
