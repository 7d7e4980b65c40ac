package com.orderflow.orders;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.StockLine;
import com.orderflow.inventory.StockShortageException;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * What the order-fulfilment process does to an order at its milestones. Called by the process's
 * adapters only; runs in the engine's transaction, so a status and the step that caused it commit
 * together.
 */
@Service
public class OrderLifecycle {
    private static final EnumSet<OrderStatus> CHANGEABLE_AFTER_PACKING =
            EnumSet.of(OrderStatus.PACKED, OrderStatus.BILLED, OrderStatus.READY_FOR_DISPATCH);

    private final Orders orders;
    private final StatusChanges statusChanges;
    private final AuditLog audit;
    private final ShopClock clock;
    private final ApplicationEventPublisher events;
    private final OrderRules rules;
    private final OrderStockService orderStock;
    private final RuntimeService runtime;

    OrderLifecycle(Orders orders, StatusChanges statusChanges, AuditLog audit, ShopClock clock,
            ApplicationEventPublisher events, OrderRules rules, OrderStockService orderStock, RuntimeService runtime) {
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.rules = rules;
        this.orderStock = orderStock;
        this.runtime = runtime;
    }

    /**
     * Locks the orders' rows until the caller's transaction ends, in order-number order. Whatever
     * ends an order's stay in the shop (cancelling it, a delivery run taking it out or ending its stop)
     * takes this lock before any other row, so two of them at the same moment wait for each other
     * instead of deadlocking on the rows they touch next (run, process, status). Unknown numbers are
     * skipped.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lock(java.util.Collection<String> orderNumbers) {
        orderNumbers.stream().filter(java.util.Objects::nonNull).distinct().sorted()
                .forEach(orders::lockIdByNumber);
    }

    /**
     * The id of the order a process runs for, from its business key (the order number). Adapters
     * ask this rather than trust an {@code orderId} variable, which a task completion could overwrite.
     */
    @Transactional(readOnly = true)
    public long idOf(String orderNumber) {
        return orders.byNumber(orderNumber).map(Order::id)
                .orElseThrow(() -> new IllegalStateException("No order " + orderNumber));
    }

    /** An order's status changes, oldest first, for system readers (the public tracking page). */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long orderId) {
        return statusChanges.findByOrderIdOrderByAtAscIdAsc(orderId).stream()
                .map(TimelineEntry::of).toList();
    }

    /** The order as the process and other modules' system jobs read it (no user, no permission check). */
    @Transactional(readOnly = true)
    public OrderView view(long orderId) {
        return OrderView.of(load(orderId));
    }

    /**
     * The order with this number as system readers see it (no user, no permission check): the
     * delivery module reads the orders it puts on runs through this, after its own role check.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<OrderView> find(String orderNumber) {
        return orders.byNumber(orderNumber).map(OrderView::of);
    }

    /**
     * The customers' names of these orders by order number, in one query (the packing board);
     * numbers without an order are left out.
     */
    @Transactional(readOnly = true)
    public Map<String, String> customerNames(Collection<String> orderNumbers) {
        if (orderNumbers.isEmpty()) {
            return Map.of();
        }
        return orders.findByNumberIn(orderNumbers).stream()
                .collect(Collectors.toMap(Order::number, o -> o.customer().name()));
    }

    /**
     * The advance bookings to deliver on a day that are not cancelled, by order number: the next
     * day's packing list (K4) reads them.
     */
    @Transactional(readOnly = true)
    public List<OrderView> advanceBookingsFor(java.time.LocalDate deliveryDate) {
        return orders.findByChannelAndDeliveryDateOrderByNumberAsc(Channel.ADVANCE_BOOKING, deliveryDate).stream()
                .filter(o -> o.status() != OrderStatus.CANCELLED).map(OrderView::of).toList();
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
                    "deliveryBoy: the delivery run taking the order out must have a delivery boy");
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
     * replaced by {@code lines}, checked by the same rules as a new order and priced the same way
     * (catalogue names and prices, or what the order already had for a SKU); a new or larger
     * discount takes {@code reason} as its reason, and is authorised by whoever may revise the bill.
     * Packed stock follows (more taken from Counter stock, what was removed goes back to Counter),
     * the timeline and audit say what changed and why, and the order process gets a
     * {@code BillChanged} message so the packer gets an "adjust packing" task at once with what
     * changed. All or nothing; runs in the caller's transaction.
     *
     * @return what changed, as the packer reads it, e.g. "Kaju Katli 500 g: 2 → 3; Modak 500 g: removed"
     * @throws com.orderflow.platform.web.InvalidInputException for lines that break the order rules
     * @throws com.orderflow.platform.web.ConflictException when the order's lines may no longer change
     *         (not yet packed, out for delivery, delivered, cancelled) or stock for added packs is short
     */
    @Transactional
    public String changeLinesAfterPacking(String orderNumber, List<NewOrder.Line> lines, String reason,
            String actor) {
        Order order = orders.byNumber(orderNumber).orElseThrow(() -> new NotFoundException("No order " + orderNumber));
        if (!CHANGEABLE_AFTER_PACKING.contains(order.status())) {
            throw new ConflictException("The items of order " + orderNumber + " can change through its bill only "
                    + "after packing and before it leaves the shop; it is " + order.status());
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "must say why the items change");
        }
        String why = reason.trim();
        Customer c = order.customer();
        List<PricedLine> priced = rules.check(new NewOrder(order.channel(), new NewOrder.Customer(c.name(), c.phone(),
                c.address(), c.locality(), c.pincode(), c.language(), c.contactChannel()), order.deliveryDate(), lines),
                false, order.lines(), why).lines();
        String changes = PackingChanges.between(order.lines(), priced);
        try {
            orderStock.adjustPacked(orderNumber, priced.stream()
                    .map(l -> new StockLine(l.sku(), l.size(), l.quantity())).toList(), "bill changed: " + why, actor);
        } catch (StockShortageException shortage) {
            throw new ConflictException("Order " + orderNumber + " cannot take the changed items: "
                    + shortage.problems().stream().map(p -> p.field() + ": " + p.message())
                            .collect(Collectors.joining("; ")));
        }
        order.clearLinesForBillRevision();
        orders.flush(); // the old lines' numbers must be free before the new lines take them
        priced.forEach(order::addLine);
        orders.saveAndFlush(order);
        audit.record(actor, "ORDER_LINES_CHANGED", orderNumber, (changes.isEmpty() ? "prices only" : changes)
                + ", total " + Money.format(order.total()) + " (" + why + ")");
        OrderService.recordDiscounts(audit, actor, orderNumber, priced);
        if (changes.isEmpty()) {
            // nothing to repack (prices only): the process just learns the new total
            runtime.createProcessInstanceQuery().processDefinitionKey(OrderFulfilmentProcess.KEY)
                    .processInstanceBusinessKey(orderNumber).list()
                    .forEach(p -> runtime.setVariables(p.getId(), Map.of(
                            OrderFulfilmentProcess.VAR_ORDER_SUMMARY, order.summary(),
                            OrderFulfilmentProcess.VAR_TOTAL_AMOUNT, Money.format(order.total()))));
            return changes;
        }
        try {
            runtime.createMessageCorrelation(OrderFulfilmentProcess.MESSAGE_BILL_CHANGED)
                    .processInstanceBusinessKey(orderNumber)
                    .setVariable(OrderFulfilmentProcess.VAR_ORDER_SUMMARY, order.summary())
                    .setVariable(OrderFulfilmentProcess.VAR_TOTAL_AMOUNT, Money.format(order.total()))
                    .setVariable(OrderFulfilmentProcess.VAR_PACKING_CHANGES, changes)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Order " + orderNumber + " has no running process to tell the packer");
        }
        return changes;
    }

    /**
     * A packer claimed the order's pack task: from now on its items change only through a revised
     * bill (see {@link Order#requireItemsChangeable}). Runs in the claim's transaction, after the
     * order's row is locked, so an item change at the same moment either ends before the claim or
     * sees it. Repeating it changes nothing; an unknown order number is ignored.
     */
    @Transactional
    public void packingStarted(String orderNumber, String packer) {
        if (orders.lockIdByNumber(orderNumber).isEmpty()) {
            return;
        }
        orders.byNumber(orderNumber).ifPresent(order -> order.startPacking(packer, clock.now()));
    }

    private Order load(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new IllegalStateException("No order with id " + orderId));
    }
}
