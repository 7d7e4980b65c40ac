package com.orderflow.notifications;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.PublicBaseUrl;

/**
 * What Twilio tells us: delivery reports for our messages and customers' replies. Nothing is
 * recorded unless the request is signed with our auth token.
 */
@Service
public class ProviderCallbacks {
    private final TwilioClient twilio;
    private final Notifications notifications;
    private final InboundReplies replies;
    private final OptOuts optOuts;
    private final CareFollowUp care;
    private final ShopClock clock;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PublicBaseUrl publicBaseUrl;

    ProviderCallbacks(TwilioClient twilio, Notifications notifications, InboundReplies replies, OptOuts optOuts,
            CareFollowUp care, ShopClock clock, AuditLog audit, ApplicationEventPublisher events,
            PublicBaseUrl publicBaseUrl) {
        this.twilio = twilio;
        this.notifications = notifications;
        this.replies = replies;
        this.optOuts = optOuts;
        this.care = care;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** Thrown for a callback that Twilio did not sign; answered 401. */
    public static class UnsignedCallbackException extends RuntimeException {
        UnsignedCallbackException() {
            super("The request does not carry a valid X-Twilio-Signature");
        }
    }

    /**
     * A delivery report (MessageSid, MessageStatus, ErrorCode). Delivered or read marks the row
     * delivered; undelivered or failed marks it failed and gives Customer Care a task.
     */
    @Transactional
    public void deliveryReport(String url, Map<String, String> form, String signature) {
        requireSignature(url, form, signature);
        String sid = form.get("MessageSid");
        String status = form.get("MessageStatus");
        if (sid == null || status == null) {
            return;
        }
        notifications.findByProviderSid(sid).ifPresent(row -> {
            row.providerReported(status, form.get("ErrorCode"), clock.now());
            if (row.status() == NotificationStatus.FAILED) {
                care.open(row);
            }
        });
    }

    /**
     * A customer's message. STOP opts the number out, START back in; 1/YES and 2 answer the
     * latest day-before reminder sent to that number and are published as {@link CustomerReplied}.
     * Every message is recorded. Returns what it was taken to mean.
     */
    @Transactional
    public CustomerReply inboundMessage(String url, Map<String, String> form, String signature) {
        requireSignature(url, form, signature);
        String messageSid = form.get("MessageSid");
        if (messageSid != null && replies.existsByProviderSid(messageSid)) {
            return CustomerReply.of(form.get("Body")); // a repeat of a message already taken in: no second effect
        }
        String rawFrom = form.getOrDefault("From", "").replaceFirst("^whatsapp:", "");
        String phone = PhoneNumbers.toE164(rawFrom).orElse(rawFrom);
        String body = form.getOrDefault("Body", "");
        CustomerReply meaning = CustomerReply.of(body);
        String orderNumber = notifications.findFirstByRecipientAndEventOrderByIdDesc(phone,
                NotificationEvent.DAY_BEFORE_DISPATCH).map(Notification::orderNumber).orElse(null);
        replies.save(new InboundReply(phone, truncate(body, 1600), meaning, orderNumber, messageSid,
                clock.now()));
        switch (meaning) {
            case STOP -> {
                if (!optOuts.existsById(phone)) {
                    optOuts.save(new OptOut(phone, clock.now(), "reply STOP"));
                }
                audit.record("customer", "NOTIFICATIONS_OPTED_OUT", orderNumber, phone);
            }
            case START -> {
                optOuts.deleteById(phone);
                audit.record("customer", "NOTIFICATIONS_OPTED_IN", orderNumber, phone);
            }
            case CONFIRM, RESCHEDULE -> {
                audit.record("customer", "CUSTOMER_REPLIED", orderNumber, meaning + " (" + truncate(body, 40) + ")");
                if (orderNumber != null) {
                    events.publishEvent(new CustomerReplied(orderNumber, meaning));
                }
            }
            case OTHER -> {
                // kept in notification_reply; it also opens WhatsApp's 24-hour window. The help desk
                // takes it as a question: it opens or continues the customer's ticket
                events.publishEvent(new CustomerMessaged(phone, truncate(body, 1600), clock.now()));
            }
        }
        return meaning;
    }

    /**
     * The URL Twilio signed: behind a proxy the public one ({@code orderflow.public-base-url} + path),
     * otherwise the one the request arrived at.
     */
    public String signedUrl(String requestUrl, String pathAndQuery) {
        return publicBaseUrl.configured().map(base -> base + pathAndQuery).orElse(requestUrl);
    }

    private void requireSignature(String url, Map<String, String> form, String signature) {
        if (!twilio.isSignedByTwilio(url, form, signature)) {
            throw new UnsignedCallbackException();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
