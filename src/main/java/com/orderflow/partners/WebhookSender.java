package com.orderflow.partners;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.platform.ShopClock;

/**
 * Delivers the webhook outbox. Each due message is claimed in a short transaction of its own, posted
 * with no transaction open (a slow receiver holds no connection), and its outcome recorded: a 2xx
 * answer delivers it; anything else is retried after first-retry-after, doubling each time, until
 * max-attempts (8 over about 8½ hours by default), and then given up with a task for people. Several
 * nodes may run passes at once: a claimed message is skipped by the others until the claim runs out.
 */
@Component
public class WebhookSender {
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

    private final WebhookMessages messages;
    private final WebhookSubscriptions subscriptions;
    private final WebhookAttempts attempts;
    private final EndpointFailureTask failureTask;
    private final PartnerSettings settings;
    private final ShopClock clock;
    private final TransactionTemplate tx;
    private final HttpClient http;

    WebhookSender(WebhookMessages messages, WebhookSubscriptions subscriptions, WebhookAttempts attempts,
            EndpointFailureTask failureTask, PartnerSettings settings, ShopClock clock,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.failureTask = failureTask;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.http = HttpClient.newBuilder().connectTimeout(settings.getWebhooks().getTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private record Claimed(WebhookMessage message, WebhookSubscription subscription) {
    }

    private record Answer(Integer status, String error, long millis) {
        boolean ok() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /**
     * One pass over the messages due now; returns how many it tried. The schedule calls it every few
     * seconds; tests and admins may call it at any time, also concurrently.
     */
    public int deliverDue() {
        Instant now = clock.now();
        List<Long> due = tx.execute(status -> messages.findDue(now,
                PageRequest.of(0, settings.getWebhooks().getBatchSize())));
        int tried = 0;
        for (Long id : due) {
            Claimed claimed = tx.execute(status -> claim(id, now));
            if (claimed == null) {
                continue;
            }
            Answer answer = post(claimed);
            tx.executeWithoutResult(status -> record(id, answer));
            tried++;
        }
        return tried;
    }

    private Claimed claim(long id, Instant now) {
        Duration hold = settings.getWebhooks().getTimeout().multipliedBy(3);
        if (messages.claim(id, now, now.plus(hold)) == 0) {
            return null;
        }
        WebhookMessage message = messages.findById(id).orElseThrow();
        return new Claimed(message, subscriptions.findById(message.subscriptionId()).orElseThrow());
    }

    private Answer post(Claimed claimed) {
        WebhookMessage message = claimed.message();
        long timestamp = clock.now().getEpochSecond();
        long start = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(claimed.subscription().url()))
                    .timeout(settings.getWebhooks().getTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "orderflow-webhooks")
                    .header("webhook-id", message.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(claimed.subscription().secret(),
                            message.messageId(), timestamp, message.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(message.payload(), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(response.statusCode(), response.statusCode() / 100 == 2 ? null
                    : "answered HTTP " + response.statusCode(), millisSince(start));
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(null, e.getClass().getSimpleName() + ": " + e.getMessage(), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted", millisSince(start));
        }
    }

    private void record(long id, Answer answer) {
        Instant now = clock.now();
        WebhookMessage message = messages.findById(id).orElseThrow();
        WebhookSubscription subscription = subscriptions.findById(message.subscriptionId()).orElseThrow();
        attempts.save(new WebhookAttempt(message, message.attempts() + 1, now, answer.status(), answer.error(),
                answer.millis()));
        if (answer.ok()) {
            message.delivered(now);
            subscription.recovered();
            return;
        }
        int failed = message.attempts() + 1;
        boolean gaveUp = message.failed(now, answer.error(), settings.getWebhooks().getMaxAttempts(),
                settings.getWebhooks().retryAfter(failed));
        if (gaveUp) {
            log.warn("Webhook {} to {} given up after {} attempts: {}", message.messageId(), subscription.url(),
                    message.attempts(), answer.error());
            failureTask.open(subscription, message);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
