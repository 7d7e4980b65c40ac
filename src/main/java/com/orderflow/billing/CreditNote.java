package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money taken off an issued bill without touching it: a price correction, or the whole bill on cancelling. */
@Entity
@Table(name = "credit_note")
class CreditNote {
    enum Kind {
        PRICE_CORRECTION, CANCELLATION,
        /** goods came back (K9): the returned pieces' value taken off the bill */
        RETURN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "note_number")
    private String number;
    @Column(name = "bill_id")
    private long billId;
    @Column(name = "bill_number")
    private String billNumber;
    @Column(name = "order_number")
    private String orderNumber;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;
    private BigDecimal amount;
    private String reason;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;

    protected CreditNote() {
    }

    CreditNote(String number, Bill bill, Kind kind, BigDecimal amount, String reason, String issuedBy, Instant at) {
        this.number = number;
        this.billId = bill.id();
        this.billNumber = bill.number();
        this.orderNumber = bill.orderNumber();
        this.kind = kind;
        this.amount = amount;
        this.reason = reason;
        this.issuedBy = issuedBy;
        this.issuedAt = at;
    }

    BigDecimal amount() {
        return amount;
    }

    String number() {
        return number;
    }

    BillView.CreditNoteView toView() {
        return new BillView.CreditNoteView(number, billNumber, kind.name(), amount, reason, issuedBy, issuedAt);
    }
}
