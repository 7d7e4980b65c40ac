package com.orderflow.partners;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookAttempts extends JpaRepository<WebhookAttempt, Long> {
    /** A subscription's delivery log, newest first. */
    List<WebhookAttempt> findBySubscriptionIdOrderByAttemptedAtDescIdDesc(Long subscriptionId, Pageable page);
}
