package com.orderflow.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.orderflow.orders.OrderStatus;

/**
 * An order as anyone holding its tracking link sees it: deliberately less than staff see — the
 * customer's first name only, no address, no customer phone, no staff user ids, no order number.
 *
 * @param deliveryBoy present only while the order is out for delivery
 * @param payment     present once the order is billed
 */
public record TrackedOrder(String shopName, String language, String customerFirstName, OrderStatus status,
        List<Item> items, BigDecimal total, List<Step> timeline, DeliveryContact deliveryBoy,
        PaymentStatusSource.TrackedPayment payment) {

    public record Item(String product, String size, int quantity) {
    }

    public record Step(OrderStatus status, Instant at) {
    }

    /** @param phone E.164, or null when the admin has not recorded one */
    public record DeliveryContact(String name, String phone) {
    }
}
