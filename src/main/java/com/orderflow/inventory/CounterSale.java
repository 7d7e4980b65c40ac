package com.orderflow.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A sale across the counter (K14); its reference in the ledger is {@code CS-<id>}. */
@Entity
@Table(name = "counter_sale")
class CounterSale {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String soldBy;
    private Instant soldAt;
    private BigDecimal total = BigDecimal.ZERO.setScale(2);
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_mode")
    private CounterPayment paymentMode;
    @Column(name = "payment_reference")
    private String paymentReference;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "sale_id", nullable = false)
    private List<CounterSaleLine> lines = new ArrayList<>();

    protected CounterSale() {
    }

    CounterSale(String soldBy, Instant soldAt, CounterPayment paymentMode, String paymentReference) {
        this.soldBy = soldBy;
        this.soldAt = soldAt;
        this.paymentMode = paymentMode;
        this.paymentReference = paymentReference;
    }

    Long id() {
        return id;
    }

    String reference() {
        return "CS-" + id;
    }

    Instant soldAt() {
        return soldAt;
    }

    BigDecimal total() {
        return total;
    }

    String soldBy() {
        return soldBy;
    }

    CounterPayment paymentMode() {
        return paymentMode;
    }

    String paymentReference() {
        return paymentReference;
    }

    List<CounterSaleLine> lines() {
        return lines;
    }

    void add(CounterSaleLine line) {
        lines.add(line);
        total = total.add(line.lineTotal());
    }
}
