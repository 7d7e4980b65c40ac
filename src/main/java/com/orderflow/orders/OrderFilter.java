package com.orderflow.orders;

import java.time.LocalDate;

/** Optional filters of the order list; dates are order dates in the shop's zone, both inclusive. */
public record OrderFilter(OrderStatus status, Channel channel, LocalDate from, LocalDate to) {
}
