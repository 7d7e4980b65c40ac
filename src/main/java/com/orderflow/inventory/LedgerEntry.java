package com.orderflow.inventory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of one balance; never updated or deleted. */
@Entity
@Table(name = "stock_ledger")
class LedgerEntry {
    enum Reason {
        RECEIPT, TRANSFER, ADJUSTMENT, RESERVE, RELEASE, CONSUME, COUNTER_SALE,
        /** Packed for an order that was then cancelled: back on the counter. */
        UNPACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long productId;
    private Long batchId;
    @Enumerated(EnumType.STRING)
    private Pool pool;
    private int quantity;
    @Enumerated(EnumType.STRING)
    private Reason reason;
    private String reference;
    private String note;
    private String actor;
    private Instant at;

    protected LedgerEntry() {
    }

    LedgerEntry(StockBalance balance, int quantity, Reason reason, String reference, String note, String actor,
            Instant at) {
        this.productId = balance.productId();
        this.batchId = balance.batchId();
        this.pool = balance.pool();
        this.quantity = quantity;
        this.reason = reason;
        this.reference = reference;
        this.note = note;
        this.actor = actor;
        this.at = at;
    }
}
