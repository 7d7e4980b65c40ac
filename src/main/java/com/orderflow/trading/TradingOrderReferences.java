package com.orderflow.trading;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.helpdesk.OrderReferences;

/** The help desk's questions about trading orders: the number in a mail's subject, a sender's newest order. */
@Component
class TradingOrderReferences implements OrderReferences {
    private final TradingOrders orders;
    private final Pattern number;

    TradingOrderReferences(TradingOrders orders, TradingSettings settings) {
        this.orders = orders;
        this.number = Pattern.compile("\\b" + Pattern.quote(settings.getOrderPrefix()) + "-\\d{4}-\\d{6}\\b");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderContact> orderNamedIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher found = number.matcher(text.toUpperCase(Locale.ROOT));
        while (found.find()) {
            Optional<OrderContact> order = order(found.group());
            if (order.isPresent()) {
                return order;
            }
        }
        return Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderContact> latestOrderOf(String email) {
        return email == null ? Optional.empty()
                : orders.findFirstByCustomerEmailOrderByIdDesc(email.strip().toLowerCase(Locale.ROOT)).map(this::contact);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderContact> order(String orderNumber) {
        return orders.findByNumber(orderNumber).map(this::contact);
    }

    private OrderContact contact(TradingOrder order) {
        return new OrderContact(order.number(), order.customerName(), order.customerEmail(), order.customerPhone());
    }
}
