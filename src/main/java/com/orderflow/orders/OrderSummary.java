package com.orderflow.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of an order list or one card on the board. {@code colour} is the board's (K6): green
 * delivered, grey cancelled or returned, red late, yellow in process. {@code backorder}: stock
 * could not be set aside for it (S4). {@code pastPromise}: its delivery promise ran out before it was
 * delivered (S6); such an order is late, so red.
 */
public record OrderSummary(String number, OrderStatus status, Channel channel, String customerFirstName,
        int items, BigDecimal total, Instant statusSince, LocalDate deliveryDate, String deliveryBoy,
        boolean late, String colour, boolean backorder, Instant promisedBy, boolean pastPromise) {

    static String colourOf(OrderStatus status, boolean late) {
        return switch (status) {
            case DELIVERED -> "green";
            case CANCELLED, RETURNED -> "grey";
            default -> late ? "red" : "yellow";
        };
    }
}
