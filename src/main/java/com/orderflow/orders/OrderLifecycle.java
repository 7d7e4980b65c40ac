package com.orderflow.orders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;

/**
 * What the order-fulfilment process does to an order at its milestones. Called by the process's
 * adapters only; runs in the engine's transaction, so a status and the step that caused it commit
 * together.
 */
@Service
public class OrderLifecycle {
    private final Orders orders;
    private final StatusChanges statusChanges;
    private final AuditLog audit;
    private final ShopClock clock;
    private final ApplicationEventPublisher events;

    OrderLifecycle(Orders orders, StatusChanges statusChanges, AuditLog audit, ShopClock clock,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The id of the order a process runs for, from its business key (the order number). Adapters
     * ask this rather than trust an {@code orderId} variable, which a task completion could overwrite.
     */
    @Transactional(readOnly = true)
    public long idOf(String orderNumber) {
        return orders.findByNumber(orderNumber).map(Order::id)
                .orElseThrow(() -> new IllegalStateException("No order " + orderNumber));
    }

    /** An order's status changes, oldest first, for system readers (the public tracking page). */
    @Transactional(readOnly = true)
    public java.util.List<TimelineEntry> timeline(long orderId) {
        return statusChanges.findByOrderIdOrderByAtAscIdAsc(orderId).stream()
                .map(TimelineEntry::of).toList();
    }

    /** The order as the process and other modules' system jobs read it (no user, no permission check). */
    @Transactional(readOnly = true)
    public OrderView view(long orderId) {
        return OrderView.of(load(orderId));
    }

    /** Moves the order's visible status and writes the timeline row; a repeat of the same move changes nothing. */
    @Transactional
    public void recordStatus(long orderId, OrderStatus status, String actor) {
        Order order = load(orderId);
        OrderStatus from = order.status();
        StatusChange change = order.moveTo(status, actor, clock.now());
        if (change != null) {
            statusChanges.save(change);
            audit.record(actor, "STATUS_CHANGED", order.number(), from + " → " + status);
            events.publishEvent(new OrderStatusChanged(orderId, order.number(), from, status, actor, change.at()));
        }
    }

    /** The delivery boy who took the order out; from now on he sees it on his phone. */
    @Transactional
    public void assignDeliveryBoy(long orderId, String deliveryBoy) {
        if (deliveryBoy == null || deliveryBoy.isBlank()) {
            throw new IllegalArgumentException(
                    "deliveryBoy: the delivery boy taking the order out must claim the task first");
        }
        Order order = load(orderId);
        order.assignDeliveryBoy(deliveryBoy);
        audit.record(deliveryBoy, "DELIVERY_ASSIGNED", order.number(), "taken out by " + deliveryBoy);
    }

    /** The customer answered the day-before reminder: the booking stands. */
    @Transactional
    public void recordCustomerConfirmation(long orderId) {
        Order order = load(orderId);
        audit.record("customer", "CUSTOMER_CONFIRMED", order.number(),
                "confirmed delivery on " + order.deliveryDate() + " in reply to the reminder");
    }

    /**
     * Changes an order's lines after it was packed, because its bill was revised (K2). The lines are
     * replaced by {@code lines} (checked by the same rules as a new order), packed stock follows
     * (more taken from Counter stock, what was removed goes back to Counter), the timeline and audit
     * say what changed and why, and the order process gets a {@code BillChanged} message so the
     * packer gets an "adjust packing" task at once with what changed. All or nothing; runs in the
     * caller's transaction.
     *
     * @return what changed, as the packer reads it, e.g. "Kaju Katli 500 g: 2 → 3; Modak 500 g: removed"
     * @throws com.orderflow.platform.web.InvalidInputException for lines that break the order rules
     * @throws com.orderflow.platform.web.ConflictException when the order's lines may no longer change
     *         (not yet packed, out for delivery, delivered, cancelled) or stock for added packs is short
     */
    @Transactional
    public String changeLinesAfterPacking(String orderNumber, java.util.List<NewOrder.Line> lines, String reason,
            String actor) {
        throw new UnsupportedOperationException("implemented by the packing work (issue 4)");
    }

    private Order load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new IllegalStateException("No order with id " + orderId));
    }
}
