package com.orderflow.delivery;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;

/**
 * What a dispatcher reads beside each planned stop, fetched for many orders at once: the
 * customer's name (orders) and the amount to collect at the door (billing, see {@link DoorstepCollection}).
 */
@Component
class StopFacts {
    private final OrderLifecycle orders;
    private final DoorstepCollection collection;

    StopFacts(OrderLifecycle orders, DoorstepCollection collection) {
        this.orders = orders;
        this.collection = collection;
    }

    /** Names and amounts due of these orders; an order without a live bill has no amount. */
    record Facts(Map<String, String> names, Map<String, BigDecimal> due) {
        static final Facts NONE = new Facts(Map.of(), Map.of());
    }

    Facts of(Collection<String> orderNumbers) {
        if (orderNumbers.isEmpty()) {
            return Facts.NONE;
        }
        return new Facts(orders.customerNames(orderNumbers), collection.amountsDue(orderNumbers));
    }
}
