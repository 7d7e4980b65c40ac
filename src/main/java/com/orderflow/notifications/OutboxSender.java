package com.orderflow.notifications;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.orders.ContactChannel;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.PublicBaseUrl;

/**
 * Sends the outbox. Each due row is claimed with a conditional update in a short transaction of
 * its own, then sent with no transaction open (a slow provider holds no connection), then its
 * outcome is recorded. Several nodes may run passes at once: a row claimed by one is skipped by
 * the others until the claim runs out.
 */
@Component
public class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String STATUS_CALLBACK_PATH = "/api/notifications/twilio/status";

    private final Notifications notifications;
    private final OptOuts optOuts;
    private final InboundReplies replies;
    private final TwilioClient twilio;
    private final CareFollowUp care;
    private final NotificationSettings settings;
    private final ShopClock clock;
    private final TransactionTemplate tx;
    private final String node;
    private final PublicBaseUrl publicBaseUrl;

    OutboxSender(Notifications notifications, OptOuts optOuts, InboundReplies replies, TwilioClient twilio,
            CareFollowUp care, NotificationSettings settings, ShopClock clock, PlatformTransactionManager transactions,
            PublicBaseUrl publicBaseUrl) {
        this.notifications = notifications;
        this.optOuts = optOuts;
        this.replies = replies;
        this.twilio = twilio;
        this.care = care;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.publicBaseUrl = publicBaseUrl;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * One sending pass over the rows due now (at most a batch); returns how many it handled. The
     * scheduler calls it every few seconds; tests and admins may call it at any time, also
     * concurrently. Does nothing while no provider is configured.
     */
    public int sendDue() {
        if (!twilio.isConfigured()) {
            return 0;
        }
        Instant now = clock.now();
        List<Long> due = tx.execute(status -> notifications.findDue(now,
                PageRequest.of(0, settings.getSender().getBatchSize())));
        int handled = 0;
        for (Long id : due) {
            Prepared prepared = tx.execute(status -> claimAndPrepare(id));
            if (prepared == null) {
                continue; // another sender has it
            }
            SendOutcome outcome = prepared.outcome() != null ? prepared.outcome()
                    : twilio.send(prepared.message(), statusCallbackUrl());
            tx.executeWithoutResult(status -> record(id, outcome));
            handled++;
        }
        return handled;
    }

    /** A claimed row: either the message to send or an outcome known without asking the provider. */
    private record Prepared(OutgoingMessage message, SendOutcome outcome) {
    }

    private Prepared claimAndPrepare(long id) {
        Instant now = clock.now();
        if (notifications.claim(id, node, now.plus(settings.getSender().getClaimFor()), now) != 1) {
            return null;
        }
        Notification row = notifications.findById(id).orElseThrow();
        if (optOuts.existsById(row.recipient())) {
            return new Prepared(null, new SendOutcome.Permanent("customer opted out (answered STOP)"));
        }
        if (!twilio.canSend(row.channel())) {
            return new Prepared(null, new SendOutcome.Permanent("no " + row.channel() + " sender number configured"));
        }
        if (row.channel() == ContactChannel.SMS || insideWhatsAppWindow(row.recipient(), now)) {
            return new Prepared(new OutgoingMessage(row.channel(), row.recipient(), row.body(), null, null), null);
        }
        String contentSid = settings.getTwilio().getContentSids().get(row.event());
        if (contentSid == null || contentSid.isBlank()) {
            return new Prepared(null, new SendOutcome.Permanent("no approved WhatsApp template (Content SID) configured for "
                    + row.event() + "; outside the 24-hour window WhatsApp accepts only templates"));
        }
        return new Prepared(new OutgoingMessage(row.channel(), row.recipient(), row.body(), contentSid,
                row.contentVariables()), null);
    }

    /** WhatsApp allows free text only within 24 hours of the customer's last message to us. */
    private boolean insideWhatsAppWindow(String phone, Instant now) {
        return replies.existsByPhoneAndReceivedAtAfter(phone, now.minus(settings.getTwilio().getSessionWindow()));
    }

    private void record(long id, SendOutcome outcome) {
        Notification row = notifications.findById(id).orElseThrow();
        Instant now = clock.now();
        if (!node.equals(row.claimedBy())) {
            // our claim ran out while the provider was slow and another node took the row: our
            // outcome still happened (an accepted message was sent) and is recorded all the same
            log.warn("Notification {} was re-claimed by {} while {} sent it", id, row.claimedBy(), node);
        }
        if (outcome instanceof SendOutcome.Accepted accepted) {
            row.sent(accepted.providerSid(), now);
        } else if (outcome instanceof SendOutcome.Temporary temporary) {
            NotificationSettings.Retry retry = settings.getRetry();
            if (row.attempts() >= retry.getMaxAttempts()) {
                row.failed("gave up after " + row.attempts() + " attempts: " + temporary.reason(), now);
                care.open(row);
            } else {
                row.retryAt(now.plus(retry.delayAfter(row.attempts())), temporary.reason(), now);
            }
        } else if (outcome instanceof SendOutcome.Permanent permanent) {
            row.failed(permanent.reason(), now);
            care.open(row);
        }
    }

    /** Only a configured public address: Twilio cannot call back a derived localhost one. */
    private String statusCallbackUrl() {
        return publicBaseUrl.configured().map(base -> base + STATUS_CALLBACK_PATH).orElse(null);
    }
}
