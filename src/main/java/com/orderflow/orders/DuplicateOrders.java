package com.orderflow.orders;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the order a new one may repeat (F5): one placed from the same phone (stored normalised, E.164)
 * with the same items (SKU and quantity, in any order) within the configured window before it, and
 * not cancelled. Such an order is held for people to decide (order-fulfilment.bpmn) rather than
 * packed twice.
 */
@Component
@EnableConfigurationProperties(DuplicateOrderSettings.class)
public class DuplicateOrders {
    private final Orders orders;
    private final DuplicateOrderSettings settings;

    DuplicateOrders(Orders orders, DuplicateOrderSettings settings) {
        this.orders = orders;
        this.settings = settings;
    }

    /** The number of the earlier order this one may repeat, if any. */
    @Transactional(readOnly = true)
    public Optional<String> earlierTwinOf(String orderNumber) {
        if (settings.getWindow().isZero() || settings.getWindow().isNegative()) {
            return Optional.empty();
        }
        Order order = orders.findByNumber(orderNumber).orElseThrow();
        Instant since = order.createdAt().minus(settings.getWindow());
        Map<String, Integer> items = items(order);
        return orders.findByCustomerPhoneAndCreatedAtBetween(order.customer().phone(), since, order.createdAt())
                .stream()
                .filter(o -> !o.id().equals(order.id()) && o.status() != OrderStatus.CANCELLED)
                .filter(o -> items(o).equals(items))
                .max(Comparator.comparing(Order::createdAt).thenComparing(Order::id))
                .map(Order::number);
    }

    private static Map<String, Integer> items(Order order) {
        Map<String, Integer> items = new TreeMap<>();
        order.lines().forEach(line -> items.merge(line.sku(), line.quantity(), Integer::sum));
        return items;
    }
}
