package com.orderflow.partners;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Webhook subscriptions as admins manage them (F9): an http(s) address that is not this app, the
 * events it wants, and a signing secret ({@code whsec_…}) shown once; removal; the delivery log.
 */
@Service
public class WebhookService {
    static final String SECRET_START = "whsec_";
    private static final int LOG_SIZE = 100;

    /** A new subscription, with the one and only time its secret is seen. */
    public record Subscribed(WebhookSubscriptionView subscription, String secret) {
    }

    private final WebhookSubscriptions subscriptions;
    private final WebhookMessages messages;
    private final WebhookAttempts attempts;
    private final WebhookUrls urls;
    private final ShopClock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    WebhookService(WebhookSubscriptions subscriptions, WebhookMessages messages, WebhookAttempts attempts,
            WebhookUrls urls, ShopClock clock, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.attempts = attempts;
        this.urls = urls;
        this.clock = clock;
        this.audit = audit;
    }

    /** @param events event type names ({@code order.created}, …) */
    @Transactional
    public Subscribed subscribe(String url, Collection<String> events, CurrentUser user) {
        ApiKeyService.requireAdmin(user);
        List<FieldProblem> problems = new ArrayList<>();
        urls.problem(url).ifPresent(problems::add);
        Set<WebhookEvent> wanted = EnumSet.noneOf(WebhookEvent.class);
        for (String type : events == null ? List.<String>of() : events) {
            WebhookEvent.ofType(type).ifPresentOrElse(wanted::add, () -> problems.add(FieldProblem.rule("events",
                    "has an unknown event " + type, "rule.webhook-event-unknown", type)));
        }
        if (wanted.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("events"))) {
            problems.add(FieldProblem.rule("events", "must name at least one event", "rule.webhook-events"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] key = new byte[24];
        random.nextBytes(key);
        String secret = SECRET_START + Base64.getEncoder().encodeToString(key);
        WebhookSubscription saved = subscriptions.save(
                new WebhookSubscription(url.strip(), wanted, secret, user.id(), clock.now()));
        audit.record(user.id(), "WEBHOOK_SUBSCRIBED", null, saved.url() + " for " + String.join(", ",
                saved.view().events()));
        return new Subscribed(saved.view(), secret);
    }

    /** Stops new events for the subscription; what is pending is still delivered. */
    @Transactional
    public void remove(long id, CurrentUser user) {
        ApiKeyService.requireAdmin(user);
        WebhookSubscription subscription = find(id);
        subscription.remove(clock.now());
        audit.record(user.id(), "WEBHOOK_REMOVED", null, subscription.url());
    }

    @Transactional(readOnly = true)
    public List<WebhookSubscriptionView> list(CurrentUser user) {
        ApiKeyService.requireAdmin(user);
        return subscriptions.findAllByOrderByCreatedAtDescIdDesc().stream().map(WebhookSubscription::view).toList();
    }

    @Transactional(readOnly = true)
    public WebhookSubscriptionView get(long id, CurrentUser user) {
        ApiKeyService.requireAdmin(user);
        return find(id).view();
    }

    /** The subscription's last attempts, newest first. */
    @Transactional(readOnly = true)
    public List<DeliveryLogEntry> deliveryLog(long id, CurrentUser user) {
        ApiKeyService.requireAdmin(user);
        find(id);
        List<WebhookAttempt> log = attempts.findBySubscriptionIdOrderByAttemptedAtDescIdDesc(id,
                PageRequest.of(0, LOG_SIZE));
        Map<Long, WebhookMessage> byId = messages.findAllById(log.stream().map(WebhookAttempt::messageRowId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(WebhookMessage::id, Function.identity()));
        return log.stream().map(a -> {
            WebhookMessage m = byId.get(a.messageRowId());
            return new DeliveryLogEntry(m.messageId(), m.eventType(), a.attempt(), a.attemptedAt(), a.statusCode(),
                    a.error(), a.durationMs(), m.status().name());
        }).toList();
    }

    private WebhookSubscription find(long id) {
        return subscriptions.findById(id).orElseThrow(() -> new NotFoundException("No webhook subscription " + id));
    }
}
