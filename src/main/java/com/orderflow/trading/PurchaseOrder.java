package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.orderflow.platform.web.ConflictException;

/**
 * A purchase order to a vendor for a trading order's goods, at the vendor's cost (E3). The vendor
 * answers from a signed link, or Procurement records the answer; a withdrawn one (the order was
 * cancelled or came back) is paid no more and what was paid is credited back.
 */
@Entity
@Table(name = "trading_purchase_order")
class PurchaseOrder {
    enum State {
        SENT, ACCEPTED, DECLINED, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "po_number")
    private String number;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "vendor_code")
    private String vendorCode;
    @Column(name = "po_value")
    private BigDecimal value;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "token_seed")
    private String tokenSeed;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answer_note")
    private String answerNote;
    @Version
    private long version;

    protected PurchaseOrder() {
    }

    PurchaseOrder(String number, long orderId, String vendorCode, BigDecimal value, String tokenSeed, String tokenHash,
            Instant sentAt) {
        this.number = number;
        this.orderId = orderId;
        this.vendorCode = vendorCode;
        this.value = value;
        this.state = State.SENT;
        this.tokenSeed = tokenSeed;
        this.tokenHash = tokenHash;
        this.sentAt = sentAt;
    }

    void answer(boolean accepted, String by, String note, Instant at) {
        if (state != State.SENT) {
            throw new ConflictException("Purchase order " + number + " was already answered: " + state);
        }
        state = accepted ? State.ACCEPTED : State.DECLINED;
        answeredBy = by;
        answerNote = note == null || note.isBlank() ? null : note.strip();
        answeredAt = at;
    }

    /** Nothing more is paid on it; an unanswered one is closed as well. */
    void withdraw() {
        if (state == State.SENT || state == State.ACCEPTED) {
            state = State.WITHDRAWN;
        }
    }

    boolean isAccepted() {
        return state == State.ACCEPTED;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    long orderId() {
        return orderId;
    }

    String vendorCode() {
        return vendorCode;
    }

    BigDecimal value() {
        return value;
    }

    State state() {
        return state;
    }

    String tokenSeed() {
        return tokenSeed;
    }

    Instant sentAt() {
        return sentAt;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    String answeredBy() {
        return answeredBy;
    }

    String answerNote() {
        return answerNote;
    }
}
