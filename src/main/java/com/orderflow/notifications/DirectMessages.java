package com.orderflow.notifications;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.ContactChannel;
import com.orderflow.platform.ShopClock;

/**
 * The outbox for messages that are not about a shop order (jewelry orders, karigars, the order
 * manager): written in the caller's transaction, sent by {@link OutboxSender} like every other row,
 * resent from the outbox page with the text as it was. Subject ids are kept negative so that they
 * never meet a shop order's id in the outbox's version numbering.
 */
@Service
public class DirectMessages {
    private static final int MAX_BODY = 1600;

    private final Notifications notifications;
    private final TwilioClient twilio;
    private final ShopClock clock;

    DirectMessages(Notifications notifications, TwilioClient twilio, ShopClock clock) {
        this.notifications = notifications;
        this.twilio = twilio;
        this.clock = clock;
    }

    /** Writes the message into the outbox (the next send version of its subject and event). */
    @Transactional
    public NotificationView write(DirectMessage message, String actor) {
        if (!message.event().isWordedElsewhere()) {
            throw new IllegalArgumentException(message.event() + " is worded by the outbox itself");
        }
        long subject = -Math.abs(message.subjectId());
        int version = notifications.lastVersion(subject, message.event()) + 1;
        ContactChannel channel = ContactChannel.valueOf(message.channel().toUpperCase(Locale.ROOT));
        String body = message.body().length() <= MAX_BODY ? message.body() : message.body().substring(0, MAX_BODY - 1) + "…";
        RenderedText text = new RenderedText(body, NotificationTexts.variables(message.templateArguments()));
        Notification row = new Notification(subject, message.reference(), message.event(), version, channel,
                message.phone(), message.language(), text, twilio.isConfigured(), actor == null ? "system" : actor,
                clock.now());
        return notifications.save(row).toView();
    }

    /** The messages written for one reference, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> of(String reference) {
        return notifications.findByOrderNumberOrderByIdDesc(reference).stream().map(Notification::toView).toList();
    }
}
