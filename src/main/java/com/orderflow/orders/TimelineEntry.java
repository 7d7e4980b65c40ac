package com.orderflow.orders;

import java.time.Instant;

/** One status change of an order: from (null for the first), to, who, when. */
public record TimelineEntry(OrderStatus from, OrderStatus to, String actor, Instant at) {
    static TimelineEntry of(StatusChange change) {
        return new TimelineEntry(change.from(), change.to(), change.actor(), change.at());
    }
}
