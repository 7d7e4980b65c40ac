package com.orderflow.orders;

import java.time.LocalDate;

/**
 * What the order list is asked (all parts optional): {@code text} finds an order by its number, the
 * customer's phone in any format ("98200 55555", "+91 98200 55555", "09820055555"), part of the
 * customer's name (any case) or a bill number; the rest filter by status, channel, order date (shop
 * time, both days included), delivery zone, delivery boy and whether the bill is paid.
 */
public record OrderQuery(String text, OrderStatus status, Channel channel, LocalDate from, LocalDate to, String zone,
        String deliveryBoy, Payment payment) {

    /** Paid: the current bill is settled. Unpaid: anything else, also not billed yet. */
    public enum Payment {
        PAID, UNPAID
    }

    /** Everything, newest first. */
    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null, null);
    }

    public static OrderQuery text(String text) {
        return new OrderQuery(text, null, null, null, null, null, null, null);
    }
}
