package com.orderflow.orders;

import java.time.Instant;

/**
 * Published when an order's visible status changes, including its first status (Received, with
 * {@code from} null). Published synchronously inside the transaction that makes the change, so a
 * listener that writes (an outbox row, say) commits or rolls back together with it.
 */
public record OrderStatusChanged(long orderId, String orderNumber, OrderStatus from, OrderStatus to, String actor,
        Instant at) {
}
