package com.orderflow.packing;

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

/** One completed packing (K2): who packed which batches of an order, and what the scale read. Never changed. */
@Entity
@Table(name = "packing_record")
class PackingRecord {
    enum Kind {
        PACK, ADJUST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String packer;
    /** grams, scale 3 */
    @Column(name = "packed_weight_grams")
    private BigDecimal packedWeightGrams;
    /** grams, scale 3 */
    @Column(name = "expected_weight_grams")
    private BigDecimal expectedWeightGrams;
    private String batches;
    @Column(name = "batch_note")
    private String batchNote;
    @Column(name = "packed_at")
    private Instant packedAt;

    protected PackingRecord() {
    }

    PackingRecord(String orderNumber, Kind kind, String packer, BigDecimal packedWeightGrams,
            BigDecimal expectedWeightGrams, String batches, String batchNote, Instant packedAt) {
        this.orderNumber = orderNumber;
        this.kind = kind;
        this.packer = packer;
        this.packedWeightGrams = packedWeightGrams;
        this.expectedWeightGrams = expectedWeightGrams;
        this.batches = batches;
        this.batchNote = batchNote;
        this.packedAt = packedAt;
    }

    String orderNumber() {
        return orderNumber;
    }

    Kind kind() {
        return kind;
    }

    String packer() {
        return packer;
    }

    BigDecimal packedWeightGrams() {
        return packedWeightGrams;
    }

    BigDecimal expectedWeightGrams() {
        return expectedWeightGrams;
    }

    String batches() {
        return batches;
    }

    String batchNote() {
        return batchNote;
    }

    Instant packedAt() {
        return packedAt;
    }
}
