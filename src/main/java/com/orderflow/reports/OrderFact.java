package com.orderflow.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One order as the reports see it, built from the orders, billing, delivery, packing and returns
 * tables ({@link ShopFacts}) and kept in report_order_fact. Money in rupees with paise: revenue is
 * the order's bills (all but superseded revisions) less its credit notes, and nothing for a
 * cancelled order. Days are shop days. The *Ms durations are the time the order spent in each
 * status, summed over its visits; null for a status it never left (or left by being cancelled).
 */
record OrderFact(long orderId, String number, String channel, Instant placedAt, LocalDate placedDay, String status,
        LocalDate finalDay, boolean cancelled, String cancelReason, boolean replacement, String customerPhone,
        String customerName, String zone, String localityKey, String localityName, int items, BigDecimal booked,
        BigDecimal billed, BigDecimal credited, BigDecimal revenue, Instant dispatchedAt, LocalDate dispatchedDay,
        Instant deliveredAt, LocalDate deliveredDay, Instant promisedBy, boolean returned, String returnReason,
        LocalDate returnDay, boolean shortage, String packer, String biller, String deliveryBoy, Long receivedMs,
        Long packedMs, Long billedMs, Long readyMs, Long outMs, List<Line> lines) {

    /** An order line as sold: product and size (the SKU), packs and their value after discounts. */
    record Line(String sku, String product, String size, int quantity, BigDecimal value) {
    }

    boolean delivered() {
        return deliveredAt != null;
    }

    /** Delivered within its promise; null when it was not delivered or had no promise. */
    Boolean onTime() {
        return deliveredAt == null || promisedBy == null ? null : !deliveredAt.isAfter(promisedBy);
    }

    /** Delivered with nothing sent back and nothing short at packing. */
    boolean clean() {
        return delivered() && !returned && !shortage;
    }

    boolean billedOrder() {
        return !cancelled && billed.signum() > 0;
    }

    /** Every shop day this order counts on in some roll-up table. */
    List<LocalDate> days() {
        return java.util.stream.Stream.of(placedDay, dispatchedDay, deliveredDay, finalDay, returnDay)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }
}
