package com.orderflow.customers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.orderflow.helpdesk.OrderReferences;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;

/**
 * The shop's orders as the help desk asks about them: a ticket about order KO-2026-000123 is linked
 * to it and answered on the order's phone. Shop orders carry no e-mail address.
 */
@Component
class ShopOrderReferences implements OrderReferences {
    private static final Pattern NUMBER = Pattern.compile("\\b([A-Z]{1,4}-\\d{4}-\\d{6})\\b");

    private final OrderLifecycle orders;

    ShopOrderReferences(OrderLifecycle orders) {
        this.orders = orders;
    }

    @Override
    public Optional<OrderContact> orderNamedIn(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text.toUpperCase(java.util.Locale.ROOT));
        while (m.find()) {
            Optional<OrderContact> found = order(m.group(1));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<OrderContact> latestOrderOf(String email) {
        return Optional.empty();
    }

    @Override
    public Optional<OrderContact> order(String number) {
        return orders.find(number).map(ShopOrderReferences::contact);
    }

    private static OrderContact contact(OrderView order) {
        return new OrderContact(order.number(), order.customer().name(), null, order.customer().phone());
    }
}
