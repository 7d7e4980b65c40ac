package com.orderflow.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as staff and the API see it; {@code promisedBy} is when its delivery promise runs out
 * (S6). {@code packingStartedAt}/{@code By}: when a packer claimed its pack task (null before); its
 * items are fixed from then on. {@code deliveryZone}: the zone its address is in (null when unknown).
 */
public record OrderView(
        String number, Channel channel, OrderStatus status, Instant statusSince,
        CustomerView customer, LocalDate deliveryDate, String deliveryBoy,
        List<LineView> lines, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal total,
        String cancelReason, String createdBy, Instant createdAt,
        DeliverySlot deliverySlot, DeliveryPromise promise, Instant promisedBy,
        Instant packingStartedAt, String packingStartedBy, String deliveryZone) {

    public record CustomerView(String name, String phone, String address, String locality, String pincode,
            String language, ContactChannel contactChannel) {
    }

    /** {@code discountReason}: why the discount was given; null without one. */
    public record LineView(int lineNo, String sku, String product, String size, int quantity,
            BigDecimal unitPrice, BigDecimal discount, BigDecimal lineTotal, String discountReason) {
    }

    /** Whether the items may still change on the order itself (not yet being packed). */
    public boolean itemsChangeable() {
        return status == OrderStatus.RECEIVED && packingStartedAt == null;
    }

    /** "Kaju Katli 1 kg × 2; Ukadiche Modak 500 g × 1", as the order's summary reads (task descriptions). */
    public String itemsSummary() {
        return String.join("; ", lines.stream()
                .map(l -> l.product() + (l.size() == null || l.size().isBlank() ? "" : " " + l.size()) + " × " + l.quantity())
                .toList());
    }

    static OrderView of(Order order) {
        Customer c = order.customer();
        return new OrderView(order.number(), order.channel(), order.status(), order.statusSince(),
                new CustomerView(c.name(), c.phone(), c.address(), c.locality(), c.pincode(), c.language(),
                        c.contactChannel()),
                order.deliveryDate(), order.deliveryBoy(),
                order.lines().stream().map(l -> new LineView(l.lineNo(), l.sku(), l.productName(), l.size(),
                        l.quantity(), l.unitPrice(), l.discount(), l.lineTotal(), l.discountReason())).toList(),
                order.subtotal(), order.discountTotal(), order.total(), order.cancelReason(),
                order.createdBy(), order.createdAt(), order.deliverySlot(), order.promise(), order.promisedBy(),
                order.packingStartedAt(), order.packingStartedBy(), order.deliveryZone());
    }
}
