package com.orderflow.trading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.trading.process.TradingOrderProcess;
import com.orderflow.tracking.SignedTokens;

/**
 * Goods not in our warehouse are bought from the vendor (E1 1004, E3): a purchase order at the
 * vendor's cost with its payment stages, sent with a signed link the vendor answers from (or
 * Procurement records the answer after a call); a declined one is sourced again from another vendor
 * or the order is given up.
 */
@Service
public class VendorSourcing {
    static final String VENDOR_LINK_PURPOSE = "trading-vendor";

    private final PurchaseOrders purchaseOrders;
    private final TradingOrders orders;
    private final Vendors vendors;
    private final TradingProducts products;
    private final TradingNumbers numbers;
    private final VendorStages stages;
    private final SignedTokens tokens;
    private final TradingMessages messages;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ShopClock clock;

    VendorSourcing(PurchaseOrders purchaseOrders, TradingOrders orders, Vendors vendors, TradingProducts products,
            TradingNumbers numbers,
            VendorStages stages, SignedTokens tokens, TradingMessages messages, RuntimeService runtime, AuditLog audit,
            ShopClock clock) {
        this.purchaseOrders = purchaseOrders;
        this.orders = orders;
        this.vendors = vendors;
        this.products = products;
        this.numbers = numbers;
        this.stages = stages;
        this.tokens = tokens;
        this.messages = messages;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A purchase order for the order's goods to {@code vendorCode} (null: the products' own vendor),
     * scheduled in stages by the current table, and the vendor's message with the link.
     */
    @Transactional
    public String raise(long orderId, String vendorCode) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        String code = vendorCode != null ? vendorCode
                : products.findById(order.lines().get(0).productId()).orElseThrow().vendorCode();
        Vendor vendor = vendors.findById(code).filter(Vendor::isActive)
                .orElseThrow(() -> new IllegalStateException("No active vendor " + code + " for " + order.number()));
        BigDecimal value = order.lines().stream().map(TradingOrderLine::costTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        SignedTokens.Issued link = tokens.issue(VENDOR_LINK_PURPOSE);
        PurchaseOrder po = purchaseOrders.saveAndFlush(new PurchaseOrder(numbers.nextPurchaseOrder(), order.id(),
                vendor.code(), value, link.seed(), link.hash(), clock.now()));
        stages.schedule(po);
        messages.purchaseOrder(po, vendor, order, messages.link("vendor", link.token()));
        audit.record("system", "PURCHASE_ORDER_SENT", order.number(), po.number() + " to " + vendor.code() + " for "
                + Rupees.format(value));
        return po.number();
    }

    /** The vendor's page behind the link; empty for a bad or unknown token. */
    @Transactional(readOnly = true)
    public Optional<VendorOrderView> vendorView(String token) {
        return tokens.verifiedHash(VENDOR_LINK_PURPOSE, token).flatMap(purchaseOrders::findByTokenHash).map(this::view);
    }

    /** The vendor answered from the link: the order's process hears it (and Procurement's task ends). */
    @Transactional
    public VendorOrderView answerByLink(String token, boolean accepted, String note) {
        PurchaseOrder po = tokens.verifiedHash(VENDOR_LINK_PURPOSE, token).flatMap(purchaseOrders::findByTokenHash)
                .orElseThrow(() -> new NotFoundException("No such purchase order"));
        checkNote(note, "note");
        po = purchaseOrders.lock(po.id()).orElseThrow();
        po.answer(accepted, "vendor:" + po.vendorCode(), note, clock.now());
        purchaseOrders.flush();
        TradingOrder order = orders.findById(po.orderId()).orElseThrow();
        audit.record("vendor:" + po.vendorCode(), accepted ? "PURCHASE_ORDER_ACCEPTED" : "PURCHASE_ORDER_DECLINED",
                order.number(), po.number() + " answered by link" + (note == null ? "" : ": " + note));
        runtime.createMessageCorrelation(TradingOrderProcess.MESSAGE_VENDOR_ANSWERED)
                .processInstanceBusinessKey(order.number()).correlateAll();
        return view(po);
    }

    /** Procurement recorded the vendor's answer (a phone call) in the task's form. */
    @Transactional
    public void answerByProcurement(long orderId, Object answer, Object note, String actor) {
        boolean accepted = TradingOrderProcess.VENDOR_ACCEPTED.equals(answer);
        if (!accepted && !TradingOrderProcess.VENDOR_DECLINED.equals(answer)) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_VENDOR_ANSWER, "must be accepted or declined");
        }
        String text = note == null ? null : note.toString();
        checkNote(text, TradingOrderProcess.FIELD_VENDOR_NOTE);
        PurchaseOrder po = purchaseOrders.lock(live(orderId).id()).orElseThrow();
        po.answer(accepted, actor, text, clock.now());
        purchaseOrders.flush();
        audit.record(actor, accepted ? "PURCHASE_ORDER_ACCEPTED" : "PURCHASE_ORDER_DECLINED",
                orders.findById(orderId).map(TradingOrder::number).orElse(null), po.number() + " recorded by " + actor);
    }

    /** For the process's gateway: whether the order's newest purchase order was accepted. */
    @Transactional
    public boolean accepted(long orderId) {
        boolean accepted = purchaseOrders.findFirstByOrderIdOrderByIdDesc(orderId).map(PurchaseOrder::isAccepted)
                .orElse(false);
        if (accepted) {
            TradingOrder order = orders.lock(orderId).orElseThrow();
            if (order.state() == TradingState.SOURCING) {
                order.vendorConfirmed();
            }
        }
        return accepted;
    }

    /**
     * Procurement's choice after a decline: another vendor (its code), or give the order up.
     *
     * @return the vendor to ask next, or empty to give up
     */
    @Transactional
    public Optional<String> sourceAgain(long orderId, Object choice, Object vendorCode, String actor) {
        if (TradingOrderProcess.SOURCE_CANCEL.equals(choice)) {
            orders.lock(orderId).orElseThrow().closeFor("No vendor would supply it (" + actor + ")");
            return Optional.empty();
        }
        if (!TradingOrderProcess.SOURCE_ANOTHER_VENDOR.equals(choice)) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_SOURCE_AGAIN, "must be anotherVendor or cancel");
        }
        String code = vendorCode == null ? "" : vendorCode.toString().strip();
        if (vendors.findById(code).filter(Vendor::isActive).isEmpty()) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_VENDOR_CODE, "must be an active vendor's code");
        }
        List<PurchaseOrder> asked = purchaseOrders.findByOrderIdOrderByIdAsc(orderId);
        if (asked.stream().anyMatch(po -> po.vendorCode().equals(code) && po.state() == PurchaseOrder.State.DECLINED)) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_VENDOR_CODE, "declined this order already; choose another");
        }
        return Optional.of(code);
    }

    /** For the process's gateway after "Source again": whether a purchase order waits for a vendor's answer. */
    @Transactional(readOnly = true)
    public boolean purchaseOrderOpen(long orderId) {
        return purchaseOrders.findFirstByOrderIdOrderByIdDesc(orderId).map(po -> po.state() == PurchaseOrder.State.SENT)
                .orElse(false);
    }

    /** Procurement's note of chasing an unanswered purchase order. */
    @Transactional
    public void chased(long orderId, Object note, String actor) {
        String text = note == null ? "" : note.toString().strip();
        if (text.isEmpty() || text.length() > 400) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_CHASE_NOTE,
                    "must say what the vendor said, at most 400 characters");
        }
        audit.record(actor, "PURCHASE_ORDER_CHASED", orders.findById(orderId).map(TradingOrder::number).orElse(null),
                live(orderId).number() + ": " + text);
    }

    /** Active vendors for Procurement's choice: code and name. */
    @Transactional(readOnly = true)
    public List<VendorChoice> vendorChoices() {
        return vendors.findByActiveTrueOrderByCodeAsc().stream().map(v -> new VendorChoice(v.code(), v.name())).toList();
    }

    public record VendorChoice(String code, String name) {
    }

    /** The order's newest purchase order, for task texts. */
    @Transactional(readOnly = true)
    public Optional<VendorOrderView> latestOf(long orderId) {
        return purchaseOrders.findFirstByOrderIdOrderByIdDesc(orderId).map(this::view);
    }

    private PurchaseOrder live(long orderId) {
        return purchaseOrders.findFirstByOrderIdOrderByIdDesc(orderId)
                .orElseThrow(() -> new ConflictException("The order has no purchase order to answer"));
    }

    private static void checkNote(String note, String field) {
        if (note != null && note.length() > 400) {
            throw new InvalidInputException(field, "must be at most 400 characters");
        }
    }

    VendorOrderView view(PurchaseOrder po) {
        TradingOrder order = orders.findById(po.orderId()).orElseThrow();
        Vendor vendor = vendors.findById(po.vendorCode()).orElseThrow();
        return new VendorOrderView(po.number(), vendor.code(), vendor.name(), vendor.language(), order.number(),
                order.city(), order.lines().stream().map(l -> new VendorOrderView.Line(l.sku(), l.name(), l.quantity(),
                        l.costTotal())).toList(), po.value(), po.state().name(), po.sentAt(), po.answeredAt(),
                po.answeredBy(), po.answerNote(), stages.stagesOf(po.id()), stages.paidOn(po.id()));
    }
}
