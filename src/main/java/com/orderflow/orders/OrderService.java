package com.orderflow.orders;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;


import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.OrderStockService;
import com.orderflow.inventory.StockLine;
import com.orderflow.orders.OrderPermissions.Action;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Orders as staff handle them: intake, look-up, notes and cancellation. Each public method checks
 * the caller's role against the permission table, and either changes everything it should or,
 * on any error, nothing at all.
 */
@Service
@EnableConfigurationProperties(PromiseSettings.class)
public class OrderService {
    private final Orders orders;
    private final StatusChanges statusChanges;
    private final OrderNotes notes;
    private final OrderNumberSeries numbers;
    private final OrderPermissions permissions;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AuditLog audit;
    private final ShopClock clock;
    private final OrderRules rules;
    private final ApplicationEventPublisher events;
    private final OrderStockService orderStock;
    private final LocalTime dayBeforeDispatchAt;
    private final PromiseSettings promises;
    private final List<AddressZones> zones;

    OrderService(Orders orders, StatusChanges statusChanges, OrderNotes notes, OrderNumberSeries numbers,
            OrderPermissions permissions, RuntimeService runtime, ManagementService management, AuditLog audit, ShopClock clock,
            OrderRules rules, ApplicationEventPublisher events, OrderStockService orderStock,
            @Value("${orderflow.day-before-dispatch-at:09:00}") LocalTime dayBeforeDispatchAt, PromiseSettings promises,
            List<AddressZones> zones) {
        this.zones = List.copyOf(zones);
        this.orders = orders;
        this.statusChanges = statusChanges;
        this.notes = notes;
        this.numbers = numbers;
        this.permissions = permissions;
        this.runtime = runtime;
        this.management = management;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
        this.events = events;
        this.orderStock = orderStock;
        this.dayBeforeDispatchAt = dayBeforeDispatchAt;
        this.promises = promises;
    }

    /**
     * Places an order and starts its order-fulfilment process, in one transaction. Names, sizes and
     * prices are the catalogue's; a discount needs a role the permission table lets give one.
     */
    @Transactional
    public OrderView create(NewOrder request, CurrentUser user) {
        permissions.check(user, Action.CREATE, null);
        OrderRules.Checked checked = rules.check(request);
        checkDiscounts(checked.lines(), user, null);
        return place(request, checked, user);
    }

    /**
     * Places an order that costs the customer nothing (a replacement decided by the returns process):
     * catalogue prices, each line discounted in full with {@code reason}. The decision that led here
     * is what authorises the discount, so the caller needs only the right to take orders.
     */
    @Transactional
    public OrderView createFreeOfCharge(NewOrder request, String reason, CurrentUser user) {
        permissions.check(user, Action.CREATE, null);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: a free-of-charge order must say why");
        }
        OrderRules.Checked checked = rules.check(request);
        return place(request, new OrderRules.Checked(checked.phone(), checked.lines().stream()
                .map(l -> new PricedLine(l.sku(), l.product(), l.size(), l.quantity(), l.unitPrice(), l.gross(),
                        reason.strip(), false)).toList()), user);
    }

    private OrderView place(NewOrder request, OrderRules.Checked checked, CurrentUser user) {
        var c = request.customer();
        Instant now = clock.now();
        Order order = new Order(numbers.next(clock.today().getYear()), request.channel(),
                new Customer(c.name().trim(), checked.phone(), blankToNull(c.address()), blankToNull(c.locality()),
                        blankToNull(c.pincode()), c.language(), c.contactChannel()),
                request.deliveryDate(), user.id(), now);
        order.placeInZone(zoneOf(order.customer()));
        DeliveryPromise promise = request.promise() == null ? DeliveryPromise.STANDARD : request.promise();
        order.promise(request.deliverySlot(), promise, promises.promisedBy(promise, request.deliverySlot(),
                request.deliveryDate(), now.atZone(clock.zone())));
        checked.lines().forEach(order::addLine);
        orders.saveAndFlush(order);
        statusChanges.save(new StatusChange(order.id(), null, OrderStatus.RECEIVED, user.id(), order.createdAt()));
        events.publishEvent(new OrderStatusChanged(order.id(), order.number(), null, OrderStatus.RECEIVED, user.id(),
                order.createdAt()));
        audit.record(user.id(), "ORDER_CREATED", order.number(),
                order.channel() + ", " + order.itemCount() + " item(s), total " + Money.format(order.total())
                        + ", " + promise + (order.deliverySlot() == null ? "" : " " + order.deliverySlot())
                        + ", promised by " + order.promisedBy());
        recordDiscounts(audit, user.id(), order.number(), checked.lines());
        runtime.startProcessInstanceByKey(KEY, order.number(), processVariables(order));
        return OrderView.of(order);
    }

    /**
     * Corrects an order: customer details until it leaves with the delivery boy, items before
     * packing starts (status Received and the pack task not yet claimed), an advance booking's date
     * while it waits for its day (its reminder moves with it). Checked by the same rules as a new
     * order; all or nothing.
     */
    @Transactional
    public OrderView edit(String number, NewOrder.Changes changes, CurrentUser user) {
        // the row first: a packer claiming the pack task at this moment waits, or is waited for
        orders.lockIdByNumber(number);
        Order order = visibleOrder(number, user);
        permissions.check(user, Action.EDIT, order.status());
        if (changes.lines() != null) {
            order.requireItemsChangeable(clock.zone());
        }
        Customer current = order.customer();
        NewOrder merged = new NewOrder(order.channel(),
                changes.customer() != null ? changes.customer() : new NewOrder.Customer(current.name(), current.phone(),
                        current.address(), current.locality(), current.pincode(), current.language(),
                        current.contactChannel()),
                changes.deliveryDate() != null ? changes.deliveryDate() : order.deliveryDate(),
                changes.lines() != null ? changes.lines() : order.lines().stream().map(OrderService::asRequested).toList());
        OrderRules.Checked checked = rules.check(merged, changes.deliveryDate() != null, order.lines(), null);
        if (changes.lines() != null) {
            checkDiscounts(checked.lines(), user, order.status());
        }
        List<String> changed = new ArrayList<>();
        if (changes.customer() != null) {
            var c = changes.customer();
            order.changeCustomer(new Customer(c.name().trim(), checked.phone(), blankToNull(c.address()),
                    blankToNull(c.locality()), blankToNull(c.pincode()),
                    c.language() != null ? c.language() : current.language(),
                    c.contactChannel() != null ? c.contactChannel() : current.contactChannel()));
            order.placeInZone(zoneOf(order.customer()));
            changed.add("customer");
        }
        boolean dateMoved = changes.deliveryDate() != null && !changes.deliveryDate().equals(order.deliveryDate());
        if (dateMoved) {
            changed.add("delivery date " + order.deliveryDate() + " → " + changes.deliveryDate());
            order.changeDeliveryDate(changes.deliveryDate());
            // the promise moves with the day it was made for
            order.promise(order.deliverySlot(), order.promise(), promises.promisedBy(
                    order.promise() == null ? DeliveryPromise.STANDARD : order.promise(), order.deliverySlot(),
                    order.deliveryDate(), order.createdAt().atZone(clock.zone())));
        }
        if (changes.lines() != null) {
            int before = order.itemCount();
            order.clearLinesForEdit(clock.zone());
            orders.flush(); // the old lines' numbers must be free before the new lines take them
            checked.lines().forEach(order::addLine);
            changed.add("items " + before + " → " + order.itemCount() + ", total " + Money.format(order.total()));
            if (order.isAdvanceBooking()) {
                // what is set aside must follow the items: put it all back, then reserve the new lines
                orderStock.release(number, user.id());
                orderStock.reserve(number, order.lines().stream()
                        .map(l -> new StockLine(l.sku(), l.size(), l.quantity())).toList(), user.id());
            }
        }
        if (changed.isEmpty()) {
            return OrderView.of(order);
        }
        orders.saveAndFlush(order);
        audit.record(user.id(), "ORDER_EDITED", number, String.join("; ", changed));
        if (changes.lines() != null) {
            recordDiscounts(audit, user.id(), number, checked.lines());
        }
        updateProcess(order, dateMoved);
        return OrderView.of(order);
    }

    /** Whether the permission table lets this user give discounts (the order form offers the field). */
    public boolean mayDiscount(CurrentUser user) {
        return permissions.allows(user, Action.DISCOUNT, null);
    }

    /** A new or larger discount needs a role the permission table lets give one; nothing is saved otherwise. */
    private void checkDiscounts(List<PricedLine> lines, CurrentUser user, OrderStatus status) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).newDiscount() && !permissions.allows(user, Action.DISCOUNT, status)) {
                throw new org.springframework.security.access.AccessDeniedException("Your role may not give a "
                        + "discount (lines[" + i + "].discount): leave it out, or ask a biller or the order manager");
            }
        }
    }

    /** Each new or larger discount in the order's story: how much, on what, why. */
    static void recordDiscounts(AuditLog audit, String actor, String number, List<PricedLine> lines) {
        lines.stream().filter(PricedLine::newDiscount).forEach(l -> audit.record(actor, "DISCOUNT_GIVEN", number,
                Money.format(l.discount()) + " on " + l.summary() + ": " + l.discountReason()));
    }

    private String zoneOf(Customer customer) {
        return zones.stream().findFirst().map(z -> z.zoneOf(customer.pincode(), customer.locality())).orElse(null);
    }

    private static NewOrder.Line asRequested(OrderLine line) {
        return new NewOrder.Line(line.sku(), line.productName(), line.size(), line.quantity(), line.unitPrice(),
                line.discount(), line.discountReason());
    }

    private void updateProcess(Order order, boolean dateMoved) {
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(order.number()).singleResult();
        if (instance == null) {
            return;
        }
        VariableMap variables = processVariables(order);
        runtime.setVariables(instance.getId(), variables);
        Date reminder = (Date) variables.get(VAR_DISPATCH_REMINDER_AT);
        var timer = management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(TIMER_DAY_BEFORE_DISPATCH).singleResult();
        if (dateMoved && timer == null) {
            // the day-before step has run: the order is on a packing list already
            throw new ConflictException("Order " + order.number() + " is already being prepared for "
                    + "its date; cancel it and book again to move it");
        }
        if (timer != null && reminder != null) {
            management.setJobDuedate(timer.getId(), reminder);
        }
        var promise = management.createJobQuery().processInstanceId(instance.getId()).timers()
                .activityId(TIMER_PROMISE_PASSED).singleResult();
        if (dateMoved && promise != null && variables.get(VAR_PROMISED_BY) != null) {
            management.setJobDuedate(promise.getId(), (Date) variables.get(VAR_PROMISED_BY));
        }
    }

    @Transactional(readOnly = true)
    public OrderView get(String number, CurrentUser user) {
        return OrderView.of(visibleOrder(number, user));
    }

    @Transactional(readOnly = true)
    public Page<OrderSummary> list(OrderFilter filter, Pageable page, CurrentUser user) {
        permissions.check(user, Action.VIEW, null);
        Specification<Order> spec = (root, query, cb) -> cb.conjunction();
        if (filter.status() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        if (filter.channel() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("channel"), filter.channel()));
        }
        if (filter.from() != null) {
            var start = clock.at(filter.from(), LocalTime.MIDNIGHT).toInstant();
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), start));
        }
        if (filter.to() != null) {
            var end = clock.at(filter.to().plusDays(1), LocalTime.MIDNIGHT).toInstant();
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("createdAt"), end));
        }
        if (onlyOwnDeliveries(user)) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("deliveryBoy"), user.id()));
        }
        return orders.findAll(spec, page).map(o -> OrderBoard.summary(o, false, false));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(String number, CurrentUser user) {
        Order order = visibleOrder(number, user);
        return statusChanges.findByOrderIdOrderByAtAscIdAsc(order.id()).stream()
                .map(TimelineEntry::of).toList();
    }

    /** Everything that happened to the order, oldest first (F3). */
    @Transactional(readOnly = true)
    public List<AuditEntry> story(String number, CurrentUser user) {
        return audit.storyOf(visibleOrder(number, user).number());
    }

    @Transactional(readOnly = true)
    public List<NoteView> notes(String number, CurrentUser user) {
        Order order = visibleOrder(number, user);
        return notes.findByOrderIdOrderByWrittenAtAscIdAsc(order.id()).stream().map(NoteView::of).toList();
    }

    /** Adds a note or, with {@code replyTo}, an answer to one (K11). */
    @Transactional
    public NoteView addNote(String number, String body, Long replyTo, CurrentUser user) {
        Order order = visibleOrder(number, user);
        permissions.check(user, Action.NOTE, order.status());
        List<FieldProblem> problems = new ArrayList<>();
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", "must not be blank"));
        } else if (body.length() > 2000) {
            problems.add(new FieldProblem("body", "must be at most 2000 characters"));
        }
        if (replyTo != null && notes.findById(replyTo).filter(n -> n.orderId().equals(order.id())).isEmpty()) {
            problems.add(new FieldProblem("replyTo", "must be the id of a note on order " + number));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrderNote note = notes.save(new OrderNote(order.id(), replyTo, user.id(), primaryRole(user), body.trim(),
                clock.now()));
        audit.record(user.id(), replyTo == null ? "NOTE_ADDED" : "NOTE_ANSWERED", number, body.trim());
        return NoteView.of(note);
    }

    /**
     * Cancels an order from whatever step it waits at. The process receives the cancellation and
     * records the status; if the process can no longer take it, nothing changes.
     */
    @Transactional
    public OrderView cancel(String number, String reason, CurrentUser user) {
        Order order = visibleOrder(number, user);
        // the order's row first, as a delivery run does (OrderLifecycle#lock): no deadlock with a stop ending now
        orders.lockIdByNumber(order.number());
        if (order.status().isFinal()) {
            throw new ConflictException("Order " + number + " is already " + order.status() + " and cannot be cancelled");
        }
        permissions.check(user, Action.CANCEL, order.status());
        if (reason == null || reason.isBlank() || reason.trim().length() < 3) {
            throw new InvalidInputException("reason", "must say why the order is cancelled (at least 3 characters)");
        }
        if (reason.length() > 400) {
            throw new InvalidInputException("reason", "must be at most 400 characters");
        }
        order.recordCancelReason(reason.trim());
        audit.record(user.id(), "ORDER_CANCEL_REQUESTED", number, reason.trim());
        try {
            runtime.createMessageCorrelation(MESSAGE_ORDER_CANCELLED).processInstanceBusinessKey(number)
                    .setVariable(VAR_CANCELLED_BY, user.id()).setVariable(VAR_CANCEL_REASON, reason.trim())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Order " + number + " has no running process that can be cancelled");
        }
        return OrderView.of(order);
    }

    /** Whether the permission table lets this user take orders (pages use it to offer the form). */
    public boolean mayCreate(CurrentUser user) {
        return permissions.allows(user, Action.CREATE, null);
    }

    /** Whether the permission table lets this user cancel an order in this status. */
    public boolean mayCancel(CurrentUser user, OrderStatus status) {
        return !status.isFinal() && permissions.allows(user, Action.CANCEL, status);
    }

    /** Delivery staff who are nothing else see only the orders they carry. */
    static boolean onlyOwnDeliveries(CurrentUser user) {
        return user.deliversOnly();
    }

    private Order visibleOrder(String number, CurrentUser user) {
        Order order = orders.byNumber(number)
                .orElseThrow(() -> new NotFoundException("No order " + number));
        if (onlyOwnDeliveries(user) && !user.id().equals(order.deliveryBoy())) {
            throw new NotFoundException("No order " + number);
        }
        permissions.check(user, Action.VIEW, order.status());
        return order;
    }

    private VariableMap processVariables(Order order) {
        VariableMap variables = Variables.createVariables()
                .putValue(VAR_ORDER_ID, order.id())
                .putValue(VAR_ORDER_NUMBER, order.number())
                .putValue(VAR_CUSTOMER_NAME, order.customer().name())
                .putValue(VAR_ORDER_SUMMARY, order.summary())
                .putValue(VAR_TOTAL_AMOUNT, Money.format(order.total()))
                .putValue(VAR_ADVANCE_BOOKING, order.isAdvanceBooking())
                .putValue(VAR_DELIVERY_DATE, order.deliveryDate() == null ? "" : order.deliveryDate().toString())
                // orders placed before promises existed have none: their promise timer never fires
                .putValue(VAR_PROMISED_BY, Date.from(order.promisedBy() != null ? order.promisedBy()
                        : java.time.Instant.parse("9999-12-31T00:00:00Z")));
        if (order.isAdvanceBooking()) {
            variables.putValue(VAR_DISPATCH_REMINDER_AT,
                    Date.from(clock.at(order.deliveryDate().minusDays(1), dayBeforeDispatchAt).toInstant()));
        }
        return variables;
    }

    private static String primaryRole(CurrentUser user) {
        return Roles.ALL.stream().filter(user::hasRole).findFirst().orElse("staff");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
