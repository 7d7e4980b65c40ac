package com.orderflow.partners;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.billing.PaymentReceived;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;

/**
 * Writes the webhooks an order's change or a payment causes: one outbox row per event and
 * subscription, in the transaction of the change (the listeners are synchronous, see
 * {@link OrderStatusChanged} and {@link PaymentReceived}), so a
 * change that rolls back sends nothing and one that commits is never lost. {@link WebhookSender}
 * delivers them.
 */
@Component
class WebhookOutbox {
    private final WebhookSubscriptions subscriptions;
    private final WebhookMessages messages;
    private final ObjectMapper json;

    WebhookOutbox(WebhookSubscriptions subscriptions, WebhookMessages messages, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.json = json;
    }

    @EventListener
    void onStatusChanged(OrderStatusChanged change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", change.orderNumber());
        data.put("from", change.from() == null ? null : change.from().name());
        data.put("to", change.to().name());
        data.put("step", change.to().name());
        data.put("by", change.actor());
        write(eventsOf(change), change.orderNumber(), data, change.at());
    }

    @EventListener
    void onPaymentReceived(PaymentReceived payment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", payment.orderNumber());
        data.put("billNumber", payment.billNumber());
        data.put("amount", payment.amount());
        data.put("mode", payment.mode());
        write(List.of(WebhookEvent.PAYMENT_RECEIVED), payment.orderNumber(), data, payment.at());
    }

    private void write(List<WebhookEvent> events, String orderNumber, Map<String, Object> data, Instant at) {
        List<WebhookSubscription> live = subscriptions.findByRemovedAtIsNull();
        for (WebhookEvent event : events) {
            for (WebhookSubscription subscription : live) {
                if (subscription.wants(event)) {
                    String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
                    messages.save(new WebhookMessage(subscription.id(), id, event, orderNumber,
                            payload(event, data, at), at));
                }
            }
        }
    }

    /** The events one status change is: always a status change, and the milestone it means, if any. */
    static List<WebhookEvent> eventsOf(OrderStatusChanged change) {
        List<WebhookEvent> events = new ArrayList<>();
        if (change.from() == null) {
            events.add(WebhookEvent.ORDER_CREATED);
        }
        events.add(WebhookEvent.ORDER_STATUS_CHANGED);
        if (change.to() == OrderStatus.BILLED) {
            events.add(WebhookEvent.BILL_ISSUED);
        } else if (change.to() == OrderStatus.DELIVERED) {
            events.add(WebhookEvent.DELIVERY_COMPLETED);
        } else if (change.to() == OrderStatus.RETURNED) {
            events.add(WebhookEvent.RETURN_OPENED);
        } else if (change.to() == OrderStatus.CANCELLED) {
            events.add(WebhookEvent.ORDER_CANCELLED);
        }
        return events;
    }

    /** The Standard Webhooks shape: type, timestamp and data (ids, the status or the amount; the API has the rest). */
    private String payload(WebhookEvent event, Map<String, Object> data, Instant at) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", at.toString());
        body.put("data", data);
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of texts and numbers always writes as JSON", e);
        }
    }
}
