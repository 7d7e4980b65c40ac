package com.orderflow.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of the order list: the order, its customer, where it stands, its current bill
 * ({@code billNumber} null before billing) with {@code amountDue} and {@code paid} (a bill exists and
 * nothing is due on it), and where it goes: {@code zone} and {@code deliveryBoy} are the delivery
 * run's once it is on one, before that the zone of the address and nobody.
 */
public record OrderListEntry(String number, OrderStatus status, Channel channel, String customerName,
        String customerFirstName, String customerPhone, int items, BigDecimal total, Instant createdAt,
        Instant statusSince, LocalDate deliveryDate, Instant promisedBy, String zone, String deliveryBoy,
        String billNumber, BigDecimal amountDue, boolean paid) {
}
