package com.orderflow.inventory;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One production run of a product: its number, when it was made and until when it may be sold. */
@Entity
@Table(name = "stock_batch")
class Batch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long productId;
    private String batchNumber;
    private LocalDate productionDate;
    private LocalDate expiryDate;
    private Instant receivedAt;

    protected Batch() {
    }

    Batch(Long productId, String batchNumber, LocalDate productionDate, LocalDate expiryDate, Instant receivedAt) {
        this.productId = productId;
        this.batchNumber = batchNumber;
        this.productionDate = productionDate;
        this.expiryDate = expiryDate;
        this.receivedAt = receivedAt;
    }

    Long id() {
        return id;
    }

    Long productId() {
        return productId;
    }

    String batchNumber() {
        return batchNumber;
    }

    LocalDate productionDate() {
        return productionDate;
    }

    LocalDate expiryDate() {
        return expiryDate;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    /** The expiry date is the last day the batch may be sold. */
    boolean isExpiredOn(LocalDate day) {
        return day.isAfter(expiryDate);
    }
}
