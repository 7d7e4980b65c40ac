package com.orderflow.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One return of some or all of an order's goods (K9). Owns its state changes; the returns process
 * moves it, one step at a time, and every step is audited by {@link ReturnSteps}.
 */
@Entity
@Table(name = "return_case")
class ReturnCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "return_number")
    private String number;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Enumerated(EnumType.STRING)
    private ReturnSource source;
    @Enumerated(EnumType.STRING)
    private ReturnReason reason;
    private String notes;
    @Column(name = "photo_file")
    private String photoFile;
    @Column(name = "photo_type")
    private String photoType;
    @Column(name = "delivery_photo_url")
    private String deliveryPhotoUrl;
    @Enumerated(EnumType.STRING)
    private ReturnState state;
    @Enumerated(EnumType.STRING)
    @Column(name = "goods_state")
    private GoodsState goodsState;
    @Column(name = "returned_value")
    private BigDecimal returnedValue;
    @Enumerated(EnumType.STRING)
    private ReturnDecision suggestion;
    @Column(name = "suggestion_reason")
    private String suggestionReason;
    @Enumerated(EnumType.STRING)
    private ReturnDecision decision;
    @Column(name = "decision_reason")
    private String decisionReason;
    private boolean overridden;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "refund_method")
    private String refundMethod;
    @Column(name = "refund_reference")
    private String refundReference;
    @Column(name = "credit_note")
    private String creditNote;
    @Column(name = "credited_amount")
    private BigDecimal creditedAmount;
    @Column(name = "refunded_amount")
    private BigDecimal refundedAmount;
    @Column(name = "replacement_order")
    private String replacementOrder;
    @Column(name = "opened_by")
    private String openedBy;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private int version;
    @OneToMany(mappedBy = "returnCase", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<ReturnLine> lines = new ArrayList<>();
    @OneToMany(mappedBy = "returnCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReturnPack> packs = new ArrayList<>();

    protected ReturnCase() {
    }

    ReturnCase(String number, String orderNumber, String customerPhone, ReturnSource source, ReturnReason reason,
            String notes, String openedBy, Instant openedAt) {
        this.number = number;
        this.orderNumber = orderNumber;
        this.customerPhone = customerPhone;
        this.source = source;
        this.reason = reason;
        this.notes = notes;
        this.state = ReturnState.OPEN;
        this.goodsState = GoodsState.EXPECTED;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    void addLine(String sku, String product, String size, int quantity) {
        lines.add(new ReturnLine(this, sku, product, size, quantity));
    }

    void attachPhoto(String file, String type) {
        this.photoFile = file;
        this.photoType = type;
    }

    /** The delivery boy's photo of the goods at the door (a proof of delivery), for a return he brought back. */
    void showDeliveryPhoto(String url) {
        this.deliveryPhotoUrl = url;
    }

    /**
     * Where the return's photo is seen: its own (Customer Care's upload) or else the delivery boy's
     * photo from the door; null when there is none.
     */
    String photoUrl() {
        return photoFile != null ? "/returns/" + number + "/photo" : deliveryPhotoUrl;
    }

    void goodsArrived(List<ReturnPack.Arrived> arrived, BigDecimal value) {
        arrived.forEach(a -> packs.add(new ReturnPack(this, a)));
        this.goodsState = GoodsState.IN_RETURN_STOCK;
        this.returnedValue = value;
    }

    /** The delivery boy's reason reached the return after it was opened (read from the order's process). */
    void explain(ReturnReason reason, String notes) {
        this.reason = reason;
        this.notes = notes;
    }

    void suggest(ReturnDecision suggestion, String why) {
        this.suggestion = suggestion;
        this.suggestionReason = why;
    }

    void decide(ReturnDecision decision, String why, boolean overridden, String by, Instant at) {
        this.decision = decision;
        this.decisionReason = why;
        this.overridden = this.overridden || overridden;
        this.decidedBy = by;
        this.decidedAt = at;
        if (decision == ReturnDecision.REVIEW) {
            this.state = ReturnState.MANAGER_REVIEW;
        }
    }

    void refunded(String method, String reference, String creditNote, BigDecimal credited, BigDecimal refunded) {
        this.refundMethod = method;
        this.refundReference = reference;
        this.creditNote = creditNote;
        this.creditedAmount = credited;
        this.refundedAmount = refunded;
        this.state = ReturnState.REFUNDED;
    }

    void replacedBy(String order) {
        this.replacementOrder = order;
        this.state = ReturnState.REPLACED;
    }

    void rejected() {
        this.state = ReturnState.REJECTED;
    }

    void inspected() {
        this.goodsState = GoodsState.INSPECTED;
    }

    void close(Instant at) {
        this.closedAt = at;
    }

    /** Goods that came back with the delivery boy, refused before the customer opened them. */
    boolean sealed() {
        return source == ReturnSource.DELIVERY && reason == ReturnReason.REFUSED;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    String orderNumber() {
        return orderNumber;
    }

    String customerPhone() {
        return customerPhone;
    }

    ReturnSource source() {
        return source;
    }

    ReturnReason reason() {
        return reason;
    }

    String notes() {
        return notes;
    }

    String photoFile() {
        return photoFile;
    }

    String photoType() {
        return photoType;
    }

    ReturnState state() {
        return state;
    }

    GoodsState goodsState() {
        return goodsState;
    }

    BigDecimal returnedValue() {
        return returnedValue;
    }

    ReturnDecision suggestion() {
        return suggestion;
    }

    String suggestionReason() {
        return suggestionReason;
    }

    ReturnDecision decision() {
        return decision;
    }

    String decisionReason() {
        return decisionReason;
    }

    boolean overridden() {
        return overridden;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String refundMethod() {
        return refundMethod;
    }

    String refundReference() {
        return refundReference;
    }

    String creditNote() {
        return creditNote;
    }

    BigDecimal creditedAmount() {
        return creditedAmount;
    }

    BigDecimal refundedAmount() {
        return refundedAmount;
    }

    String replacementOrder() {
        return replacementOrder;
    }

    String openedBy() {
        return openedBy;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    List<ReturnLine> lines() {
        return lines;
    }

    List<ReturnPack> packs() {
        return packs;
    }
}
