package com.orderflow.customers;

import java.time.LocalDate;
import java.util.List;

import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.DeliverySlot;

/**
 * What a customer asks for at checkout: SKUs and quantities only (names and prices come from the
 * catalogue), where to deliver, and when: {@code deliveryDate} null or today for today's delivery,
 * a later day for an advance booking.
 */
public record Cart(List<Line> lines, String name, String address, String locality, String pincode,
        LocalDate deliveryDate, DeliverySlot slot, String language, ContactChannel contactChannel) {

    public record Line(String sku, Integer quantity) {
    }
}
