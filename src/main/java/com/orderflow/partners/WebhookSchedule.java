package com.orderflow.partners;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs a webhook delivery pass every {@code orderflow.partners.webhooks.interval} where delivery is on. */
@Component
class WebhookSchedule {
    private static final Logger log = LoggerFactory.getLogger(WebhookSchedule.class);
    private final WebhookSender sender;
    private final PartnerSettings settings;

    WebhookSchedule(WebhookSender sender, PartnerSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${orderflow.partners.webhooks.interval:PT10S}",
            initialDelayString = "${orderflow.partners.webhooks.initial-delay:PT20S}")
    void tick() {
        if (!settings.getWebhooks().isDeliverAutomatically()) {
            return;
        }
        try {
            sender.deliverDue();
        } catch (RuntimeException e) {
            // a database hiccup must not stop the schedule; the messages stay due for the next pass
            log.error("Webhook delivery pass failed", e);
        }
    }
}
