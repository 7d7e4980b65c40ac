package com.orderflow.billing;

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

/** Money received (or reported failed) for an order, against the bill it was asked for. */
@Entity
@Table(name = "payment")
class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "bill_number")
    private String billNumber;
    @Enumerated(EnumType.STRING)
    private PaymentMode mode;
    private BigDecimal amount;
    private String reference;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    @Column(name = "source_event")
    private String sourceEvent;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Payment() {
    }

    Payment(String orderNumber, String billNumber, PaymentMode mode, BigDecimal amount, String reference,
            PaymentStatus status, String sourceEvent, String recordedBy, Instant recordedAt) {
        this.orderNumber = orderNumber;
        this.billNumber = billNumber;
        this.mode = mode;
        this.amount = amount;
        this.reference = reference;
        this.status = status;
        this.sourceEvent = sourceEvent;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A biller looked at a flagged payment and takes the money as paid. */
    void accept() {
        status = PaymentStatus.ACCEPTED;
    }

    Long id() {
        return id;
    }

    BigDecimal amount() {
        return amount;
    }

    PaymentStatus status() {
        return status;
    }

    boolean isAccepted() {
        return status == PaymentStatus.ACCEPTED;
    }

    BillView.PaymentView toView() {
        return new BillView.PaymentView(id, billNumber, mode, amount, reference, status, recordedBy, recordedAt);
    }
}
