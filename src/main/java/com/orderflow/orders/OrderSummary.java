package com.orderflow.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One line of an order list or one card on the board. */
public record OrderSummary(String number, OrderStatus status, Channel channel, String customerFirstName,
        int items, BigDecimal total, Instant statusSince, LocalDate deliveryDate, String deliveryBoy,
        boolean late) {
}
