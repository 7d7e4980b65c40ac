package com.orderflow.returns;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Returned packs of one batch, in Return stock until inspection restocks or scraps them. */
@Entity
@Table(name = "return_pack")
class ReturnPack {
    record Arrived(String sku, String batchNumber, LocalDate expiryDate, int quantity) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id")
    private ReturnCase returnCase;
    private String sku;
    @Column(name = "batch_number")
    private String batchNumber;
    @Column(name = "expiry_date")
    private LocalDate expiryDate;
    private int quantity;
    @Enumerated(EnumType.STRING)
    private PackOutcome outcome;
    @Column(name = "inspected_by")
    private String inspectedBy;
    @Column(name = "inspected_at")
    private Instant inspectedAt;

    protected ReturnPack() {
    }

    ReturnPack(ReturnCase returnCase, Arrived arrived) {
        this.returnCase = returnCase;
        this.sku = arrived.sku();
        this.batchNumber = arrived.batchNumber();
        this.expiryDate = arrived.expiryDate();
        this.quantity = arrived.quantity();
    }

    void inspect(PackOutcome outcome, String by, Instant at) {
        this.outcome = outcome;
        this.inspectedBy = by;
        this.inspectedAt = at;
    }

    Long id() {
        return id;
    }

    String sku() {
        return sku;
    }

    String batchNumber() {
        return batchNumber;
    }

    LocalDate expiryDate() {
        return expiryDate;
    }

    int quantity() {
        return quantity;
    }

    PackOutcome outcome() {
        return outcome;
    }

    String inspectedBy() {
        return inspectedBy;
    }

    Instant inspectedAt() {
        return inspectedAt;
    }
}
