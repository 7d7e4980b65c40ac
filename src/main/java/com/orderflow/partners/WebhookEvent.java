package com.orderflow.partners;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook subscription may ask for; each name is the {@code type} of the deliveries it gets. */
public enum WebhookEvent {
    /** A new order (any channel). */
    ORDER_CREATED("order.created"),
    /** Every change of an order's visible status, with the step it moved from and to. */
    ORDER_STATUS_CHANGED("order.status_changed"),
    /** The order's bill was issued (the order is Billed). */
    BILL_ISSUED("bill.issued"),
    /** Money was counted against the order's bill (counter or payment gateway). */
    PAYMENT_RECEIVED("payment.received"),
    /** The delivery boy completed the stop with proof (the order is Delivered). */
    DELIVERY_COMPLETED("delivery.completed"),
    /** The delivery came back and a return was opened for it (the order is Returned). */
    RETURN_OPENED("return.opened"),
    /** The order was cancelled. */
    ORDER_CANCELLED("order.cancelled");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }
}
