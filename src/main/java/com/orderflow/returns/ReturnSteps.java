package com.orderflow.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.billing.BillingService;
import com.orderflow.billing.ReturnRefund;
import com.orderflow.billing.ReturnedItem;
import com.orderflow.inventory.Catalogue;
import com.orderflow.inventory.ConsumedBatch;
import com.orderflow.inventory.ReturnedGoods;
import com.orderflow.inventory.StockLine;
import com.orderflow.notifications.Outbox;
import com.orderflow.notifications.ReturnMessage;
import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.Roles;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.returns.process.ReturnsProcess;

/**
 * What the returns process does to a return at its steps, called by its adapters only; runs in the
 * engine's transaction, so a step and its effects (stock, credit note, replacement order, message,
 * audit) commit together or not at all. Steps that a retried job may repeat are idempotent.
 */
@Service
public class ReturnSteps {
    private static final int MIN_REASON = 3;
    private static final int MAX_REASON = 400;

    private final ReturnCases returns;
    private final ReturnedGoods goods;
    private final Catalogue catalogue;
    private final BillingService billing;
    private final OrderLifecycle lifecycle;
    private final OrderService orders;
    private final Outbox outbox;
    private final IdentityService identity;
    private final ReturnsSettings settings;
    private final AuditLog audit;
    private final ShopClock clock;

    ReturnSteps(ReturnCases returns, ReturnedGoods goods, Catalogue catalogue, BillingService billing,
            OrderLifecycle lifecycle, OrderService orders, Outbox outbox, IdentityService identity,
            ReturnsSettings settings, AuditLog audit, ShopClock clock) {
        this.returns = returns;
        this.goods = goods;
        this.catalogue = catalogue;
        this.billing = billing;
        this.lifecycle = lifecycle;
        this.orders = orders;
        this.outbox = outbox;
        this.identity = identity;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The facts the refund-or-replacement table is asked with, and the texts the tasks show.
     *
     * @param orderValue        the order's total in whole rupees
     * @param daysSinceDelivery 0 for goods that never reached the customer
     * @param returnsLast90Days the customer's other returns within {@code orderflow.returns.history-days}
     */
    public record Facts(String reason, boolean perishable, long orderValue, int daysSinceDelivery,
            int returnsLast90Days, String customerName, String summary, String returnedValue, String notes,
            String photoLink) {
    }

    /**
     * The returned packs go into Return stock with their batches, and the return learns what they
     * are worth on the bill. Safe to repeat: goods already booked are not booked again.
     */
    @Transactional
    public Facts recordGoods(String number, String actor) {
        ReturnCase r = load(number);
        long orderId = lifecycle.idOf(r.orderNumber());
        OrderView order = lifecycle.view(orderId);
        if (r.goodsState() == GoodsState.EXPECTED) {
            List<ConsumedBatch> booked = goods.takeBack(r.orderNumber(), r.number(), r.lines().stream()
                    .map(l -> new StockLine(l.sku(), l.size(), l.quantity())).toList(), actor);
            BigDecimal value = billing.valueOfReturn(r.orderNumber(), items(r), refundedBefore(r));
            r.goodsArrived(booked.stream().map(b -> new ReturnPack.Arrived(b.sku(), b.batchNumber(), b.expiryDate(),
                    b.quantity())).toList(), value);
            returns.saveAndFlush(r);
        }
        boolean perishable = r.lines().stream()
                .anyMatch(l -> catalogue.perishable(l.sku(), settings.getPerishableWithinDays()));
        LocalDate delivered = lifecycle.timeline(orderId).stream().filter(t -> t.to() == OrderStatus.DELIVERED)
                .reduce((first, second) -> second).map(t -> LocalDate.ofInstant(t.at(), clock.zone())).orElse(null);
        int days = delivered == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(delivered, clock.today()));
        long history = returns.countByCustomerSince(r.customerPhone(),
                clock.now().minus(Duration.ofDays(settings.getHistoryDays())), r.number());
        return new Facts(r.reason().name(), perishable, order.total().setScale(0, RoundingMode.HALF_UP).longValue(),
                days, (int) history, order.customer().name(), ReturnService.describe(r),
                Rupees.format(r.returnedValue()),
                r.notes() == null ? "" : r.notes(), r.photoUrl() == null ? "" : r.photoUrl());
    }

    /** What the table suggested, kept on the return for the page and the audit trail. */
    @Transactional
    public void recordSuggestion(String number, String decision, String why) {
        ReturnCase r = load(number);
        ReturnDecision suggested = ReturnDecision.of(decision).orElseThrow(() -> new IllegalStateException(
                "The refund-or-replacement table answered '" + decision + "', not refund, replacement, reject or review"));
        r.suggest(suggested, why);
        returns.saveAndFlush(r);
        audit.record("system", "RETURN_SUGGESTED", r.orderNumber(), r.number() + ": " + suggested.value() + " (" + why
                + ")");
    }

    /**
     * The biller (or, after a review, the order manager) decides. Choosing other than the table's
     * suggestion needs a reason and is audited as an override; a manager always gives a reason and
     * may not send it to review again.
     *
     * @throws InvalidInputException naming decision or decisionReason; the task stays open then
     */
    @Transactional
    public ReturnDecision decide(String number, Object decisionValue, String reason, boolean byManager, String actor) {
        ReturnCase r = load(number);
        ReturnDecision decision = ReturnDecision.of(decisionValue).filter(d -> !byManager || d != ReturnDecision.REVIEW)
                .orElseThrow(() -> new InvalidInputException("decision", byManager
                        ? "must be refund, replacement or reject" : "must be refund, replacement, reject or review"));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        boolean overrides = !byManager && decision != r.suggestion();
        if ((overrides || byManager) && (why == null || why.length() < MIN_REASON)) {
            throw new InvalidInputException("decisionReason", byManager
                    ? "must say why (at least " + MIN_REASON + " characters)"
                    : "must say why you choose " + decision.value() + " when the table suggests "
                            + (r.suggestion() == null ? "nothing" : r.suggestion().value()) + " (at least "
                            + MIN_REASON + " characters)");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw new InvalidInputException("decisionReason", "must be at most " + MAX_REASON + " characters");
        }
        r.decide(decision, why, overrides, actor, clock.now());
        returns.saveAndFlush(r);
        String action = byManager ? "RETURN_REVIEWED" : overrides ? "RETURN_SUGGESTION_OVERRIDDEN" : "RETURN_DECIDED";
        audit.record(actor, action, r.orderNumber(), r.number() + ": " + decision.value()
                + (overrides ? " instead of suggested " + (r.suggestion() == null ? "-" : r.suggestion().value()) : "")
                + (why == null ? "" : " (" + why + ")"));
        return decision;
    }

    /**
     * Refunds the returned pieces: a credit note for their value on the bill and what was paid beyond
     * the bill back to the customer (see {@link BillingService#refundReturn}); the customer is told.
     */
    @Transactional
    public ReturnRefund refund(String number, String method, String reference, String actor) {
        ReturnCase r = load(number);
        if (r.state() == ReturnState.REFUNDED) {
            throw new ConflictException("Return " + r.number() + " was already refunded (" + r.creditNote() + ")");
        }
        ReturnRefund refund = billing.refundReturn(r.orderNumber(), r.number(), items(r), refundedBefore(r), method,
                reference, actor);
        r.refunded(refund.method() == null ? null : refund.method().name(), refund.reference(), refund.creditNote(),
                refund.credited(), refund.refunded());
        returns.saveAndFlush(r);
        audit.record(actor, "RETURN_REFUNDED", r.orderNumber(), r.number() + ": credited "
                + Rupees.format(refund.credited()) + ", paid back "
                + Rupees.format(refund.refunded())
                + (refund.method() == null ? "" : " " + refund.method()));
        outbox.sendReturnOutcome(r.orderNumber(), ReturnMessage.refunded(r.number(), refund.credited(),
                refund.refunded(), refund.method() == null ? null : refund.method().name()), actor);
        return refund;
    }

    /**
     * Sends the returned pieces again as a new order of the same customer at no charge (the original
     * bill keeps them paid for): it is packed, billed at ₹0 and delivered by its own order process,
     * with stock taken as for any order. A note on each order names the other; the customer is told.
     * Placed in the name of whoever decided, with their roles.
     */
    @Transactional
    public String replace(String number, String actor) {
        ReturnCase r = load(number);
        if (r.replacementOrder() != null) {
            return r.replacementOrder();
        }
        OrderView original = lifecycle.view(lifecycle.idOf(r.orderNumber()));
        OrderView.CustomerView c = original.customer();
        Channel channel = original.channel() == Channel.ADVANCE_BOOKING ? Channel.PHONE : original.channel();
        NewOrder replacement = new NewOrder(channel, new NewOrder.Customer(c.name(), c.phone(), c.address(),
                c.locality(), c.pincode(), c.language(), c.contactChannel()), null,
                r.lines().stream().map(l -> NewOrder.Line.of(l.sku(), l.quantity())).toList());
        CurrentUser decider = asStaff(actor);
        OrderView placed = orders.createFreeOfCharge(replacement, "replacement for return " + r.number(), decider);
        orders.addNote(placed.number(), "Replacement for order " + r.orderNumber() + " (return " + r.number()
                + ", " + r.reason() + "): no charge", null, decider);
        orders.addNote(r.orderNumber(), "Return " + r.number() + ": replacement sent as order " + placed.number(), null,
                decider);
        r.replacedBy(placed.number());
        returns.saveAndFlush(r);
        audit.record(actor, "RETURN_REPLACED", r.orderNumber(), r.number() + ": replacement order " + placed.number());
        outbox.sendReturnOutcome(r.orderNumber(), ReturnMessage.replaced(r.number(), placed.number()), actor);
        return placed.number();
    }

    /** Neither refund nor replacement: the customer is told why. */
    @Transactional
    public void reject(String number, String actor) {
        ReturnCase r = load(number);
        r.rejected();
        returns.saveAndFlush(r);
        String why = r.decisionReason() != null ? r.decisionReason() : r.suggestionReason();
        audit.record(actor, "RETURN_REJECTED", r.orderNumber(), r.number() + ": " + why);
        outbox.sendReturnOutcome(r.orderNumber(), ReturnMessage.rejected(r.number(), why), actor);
    }

    /**
     * Finishes inspection: packs not yet decided on the return page are restocked ({@code restock},
     * where the product or a sealed refusal allows it, else scrapped) or all scrapped ({@code scrap}).
     *
     * @throws InvalidInputException naming goodsOutcome for anything but restock or scrap
     */
    @Transactional
    public void putAway(String number, String goodsOutcome, String actor) {
        ReturnCase r = load(number);
        String outcome = goodsOutcome == null ? "" : goodsOutcome.strip().toLowerCase(Locale.ROOT);
        if (!outcome.equals(ReturnsProcess.GOODS_RESTOCK) && !outcome.equals(ReturnsProcess.GOODS_SCRAP)) {
            throw new InvalidInputException("goodsOutcome", "must be restock or scrap");
        }
        for (ReturnPack pack : r.packs()) {
            if (pack.outcome() == null) {
                boolean restock = outcome.equals(ReturnsProcess.GOODS_RESTOCK) && goods.mayRestock(pack.sku(), pack.batchNumber(), r.sealed());
                apply(r, pack, restock ? PackOutcome.RESTOCKED : PackOutcome.SCRAPPED, actor);
            }
        }
        r.inspected();
        returns.saveAndFlush(r);
    }

    @Transactional
    void inspectPack(String number, long packId, PackOutcome outcome, String actor) {
        ReturnCase r = load(number);
        ReturnPack pack = r.packs().stream().filter(p -> p.id() == packId).findFirst()
                .orElseThrow(() -> new NotFoundException("Return " + number + " has no pack " + packId));
        if (pack.outcome() != null) {
            throw new ConflictException("These packs were already " + pack.outcome() + " by " + pack.inspectedBy());
        }
        if (outcome == null) {
            throw new InvalidInputException("outcome", "must be RESTOCKED or SCRAPPED");
        }
        apply(r, pack, outcome, actor);
        returns.saveAndFlush(r);
    }

    /** Money decided and goods inspected: the return is closed. */
    @Transactional
    public void close(String number, String actor) {
        ReturnCase r = load(number);
        if (r.closedAt() == null) {
            r.close(clock.now());
            returns.saveAndFlush(r);
            audit.record(actor, "RETURN_CLOSED", r.orderNumber(), r.number() + ": " + r.state());
        }
    }

    private void apply(ReturnCase r, ReturnPack pack, PackOutcome outcome, String actor) {
        if (outcome == PackOutcome.RESTOCKED) {
            goods.restock(r.orderNumber(), r.number(), pack.sku(), pack.batchNumber(), pack.quantity(), r.sealed(), actor);
        } else {
            goods.scrap(r.orderNumber(), r.number(), pack.sku(), pack.batchNumber(), pack.quantity(), actor);
        }
        pack.inspect(outcome, actor, clock.now());
    }

    /** Whoever decided, with their groups; a decision completed with no user signed in counts as the billing desk. */
    private CurrentUser asStaff(String actor) {
        Set<String> groups = actor == null ? Set.of() : identity.createGroupQuery().groupMember(actor).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(actor == null ? "system" : actor, groups.isEmpty() ? Set.of(Roles.BILLER) : groups);
    }

    /** The pieces of the order's other returns that were refunded: their share of the bill is credited already. */
    private List<ReturnedItem> refundedBefore(ReturnCase r) {
        return returns.findByOrderNumberOrderByIdAsc(r.orderNumber()).stream()
                .filter(other -> !other.number().equals(r.number()) && other.state() == ReturnState.REFUNDED)
                .flatMap(other -> items(other).stream()).toList();
    }

    private static List<ReturnedItem> items(ReturnCase r) {
        return r.lines().stream().map(l -> new ReturnedItem(l.sku(), l.quantity())).toList();
    }

    private ReturnCase load(String number) {
        return returns.findByNumber(number).orElseThrow(() -> new IllegalStateException("No return " + number));
    }

    static ReturnView view(ReturnCase r, ReturnedGoods goods) {
        return new ReturnView(r.number(), r.orderNumber(), r.source(), r.reason(), r.notes(), r.photoUrl() != null,
                r.photoUrl(), r.state(), r.goodsState(), r.returnedValue(), r.suggestion(), r.suggestionReason(), r.decision(),
                r.decisionReason(), r.overridden(), r.decidedBy(), r.decidedAt(), r.refundMethod(), r.refundReference(),
                r.creditNote(), r.creditedAmount(), r.refundedAmount(), r.replacementOrder(), r.openedBy(),
                r.openedAt(), r.closedAt(),
                r.lines().stream().map(l -> new ReturnView.Line(l.sku(), l.productName(), l.size(), l.quantity()))
                        .toList(),
                r.packs().stream().map(p -> new ReturnView.Pack(p.id(), p.sku(), p.batchNumber(), p.expiryDate(),
                        p.quantity(), p.outcome(), p.inspectedBy(), p.inspectedAt(),
                        p.outcome() == null && goods.mayRestock(p.sku(), p.batchNumber(), r.sealed()))).toList());
    }
}
