package com.orderflow.billing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payment problem (S5), open until a biller or admin resolves it with a note. */
@Entity
@Table(name = "payment_flag")
class PaymentFlag {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "bill_number")
    private String billNumber;
    @Enumerated(EnumType.STRING)
    private FlagKind kind;
    private String detail;
    @Column(name = "payment_id")
    private Long paymentId;
    @Column(name = "raised_by")
    private String raisedBy;
    @Column(name = "raised_at")
    private Instant raisedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    private String resolution;

    protected PaymentFlag() {
    }

    PaymentFlag(String orderNumber, String billNumber, FlagKind kind, String detail, Long paymentId, String raisedBy,
            Instant raisedAt) {
        this.orderNumber = orderNumber;
        this.billNumber = billNumber;
        this.kind = kind;
        this.detail = detail.length() > 400 ? detail.substring(0, 400) : detail;
        this.paymentId = paymentId;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
    }

    void resolve(String actor, String note, Instant at) {
        resolvedBy = actor;
        resolution = note;
        resolvedAt = at;
    }

    boolean isOpen() {
        return resolvedAt == null;
    }

    Long paymentId() {
        return paymentId;
    }

    String orderNumber() {
        return orderNumber;
    }

    String resolvedBy() {
        return resolvedBy;
    }

    Instant resolvedAt() {
        return resolvedAt;
    }

    FlagKind kind() {
        return kind;
    }

    FlagView toView() {
        return new FlagView(id, orderNumber, billNumber, kind, detail, paymentId, raisedBy, raisedAt, resolvedBy,
                resolvedAt, resolution);
    }
}
