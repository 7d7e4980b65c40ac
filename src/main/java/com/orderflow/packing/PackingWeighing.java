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

/**
 * What the packer entered as he completed a packing task: the checked weight and his batch note.
 * The packing record is written from it once stock has been taken, which after a stock shortage is
 * a later transaction than the completion.
 */
@Entity
@Table(name = "packing_weighing")
class PackingWeighing {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    private PackingRecord.Kind kind;
    private String packer;
    /** grams, scale 3 */
    @Column(name = "weight_grams")
    private BigDecimal weightGrams;
    @Column(name = "batch_note")
    private String batchNote;
    @Column(name = "weighed_at")
    private Instant weighedAt;

    protected PackingWeighing() {
    }

    PackingWeighing(String orderNumber, PackingRecord.Kind kind, String packer, BigDecimal weightGrams,
            String batchNote, Instant weighedAt) {
        this.orderNumber = orderNumber;
        this.kind = kind;
        this.packer = packer;
        this.weightGrams = weightGrams;
        this.batchNote = batchNote;
        this.weighedAt = weighedAt;
    }

    String packer() {
        return packer;
    }

    BigDecimal weightGrams() {
        return weightGrams;
    }

    String batchNote() {
        return batchNote;
    }
}
