package com.orderflow.helpdesk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The help desk's mail passes on every node: the mailbox read, the answers sent. */
@Component
class MailSchedule {
    private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

    private final MailboxReader reader;
    private final ReplySender sender;
    private final HelpdeskSettings settings;

    MailSchedule(MailboxReader reader, ReplySender sender, HelpdeskSettings settings) {
        this.reader = reader;
        this.sender = sender;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${orderflow.helpdesk.imap.poll-interval:PT1M}", initialDelayString = "PT45S")
    void readMailbox() {
        if (settings.getImap().isConfigured() && settings.getImap().isPollAutomatically()) {
            reader.poll();
        }
    }

    @Scheduled(fixedDelayString = "${orderflow.helpdesk.send-interval:PT30S}", initialDelayString = "PT40S")
    void sendAnswers() {
        if (!settings.isSendAutomatically()) {
            return;
        }
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // a database hiccup must not stop the schedule; the answers stay pending for the next pass
            log.error("Help desk sending pass failed", e);
        }
    }
}
