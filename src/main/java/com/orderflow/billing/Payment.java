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

/**
 * Money received (or reported failed) for an order, against the bill it was asked for; a negative
 * amount is money paid back. Payments made with the constructor did not pass the shop's till (the
 * gateway; collections on delivery); {@link #atCounter} makes those that did.
 */
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
    /** taken or paid back at the shop's till, so part of the till's cash-up */
    @Column(name = "at_counter")
    private boolean atCounter;

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

    /**
     * Money taken (or, negative, paid back) at the shop's till in cash, UPI or card: counted in the
     * till's cash-up. Money paid back through the gateway never passes the till.
     */
    static Payment atCounter(String orderNumber, String billNumber, PaymentMode mode, BigDecimal amount,
            String reference, String recordedBy, Instant recordedAt) {
        Payment payment = new Payment(orderNumber, billNumber, mode, amount, reference, PaymentStatus.ACCEPTED, null,
                recordedBy, recordedAt);
        payment.atCounter = mode != PaymentMode.GATEWAY;
        return payment;
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
