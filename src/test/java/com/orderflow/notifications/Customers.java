package com.orderflow.notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderflow.orders.Channel;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.NewOrder;

/** Orders for the notification tests, each customer with a number of his own so requests can be told apart. */
final class Customers {
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 900_000));

    private Customers() {
    }

    /** A valid Indian mobile number no other test uses, in E.164. */
    static String freshPhone() {
        return "+9198" + String.format("%08d", 10_000_000 + NEXT.incrementAndGet() % 89_999_999);
    }

    static NewOrder order(String sku, String phone, String language, ContactChannel channel) {
        return order(Channel.PHONE, sku, phone, language, channel, null);
    }

    static NewOrder order(Channel orderChannel, String sku, String phone, String language, ContactChannel channel,
            LocalDate deliveryDate) {
        return new NewOrder(orderChannel,
                new NewOrder.Customer("Sita Rao", phone, "12 Shanti Nagar", "Dahisar East", "400068", language, channel),
                deliveryDate,
                List.of(new NewOrder.Line(sku, "Kaju Katli", "1 kg", 1, new BigDecimal("1200"), BigDecimal.ZERO)));
    }
}
