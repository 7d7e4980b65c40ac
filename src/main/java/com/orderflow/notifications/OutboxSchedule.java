package com.orderflow.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs a sending pass every {@code orderflow.notifications.sender.interval} on every node that has
 * {@code sender.enabled}; claiming keeps the nodes from sending a row twice.
 */
@Component
class OutboxSchedule {
    private static final Logger log = LoggerFactory.getLogger(OutboxSchedule.class);
    private final OutboxSender sender;
    private final NotificationSettings settings;

    OutboxSchedule(OutboxSender sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${orderflow.notifications.sender.interval:PT15S}",
            initialDelayString = "${orderflow.notifications.sender.initial-delay:PT30S}")
    void tick() {
        if (!settings.getSender().isEnabled()) {
            return;
        }
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // a database hiccup must not stop the schedule; the rows stay due for the next pass
            log.error("Notification sending pass failed", e);
        }
    }
}
