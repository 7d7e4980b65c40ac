package com.orderflow.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How much of one batch lies in one pool. Changed only by {@link StockLedger#post}, which writes the
 * matching ledger row, and only while the row is locked.
 */
@Entity
@Table(name = "stock_balance")
class StockBalance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long productId;
    private Long batchId;
    @Enumerated(EnumType.STRING)
    private Pool pool;
    private int quantity;

    protected StockBalance() {
    }

    StockBalance(Long productId, Long batchId, Pool pool) {
        this.productId = productId;
        this.batchId = batchId;
        this.pool = pool;
    }

    Long id() {
        return id;
    }

    Long productId() {
        return productId;
    }

    Long batchId() {
        return batchId;
    }

    Pool pool() {
        return pool;
    }

    int quantity() {
        return quantity;
    }

    void change(int delta) {
        if (quantity + delta < 0) {
            throw new IllegalStateException("Balance " + id + " would go negative: " + quantity + " + " + delta);
        }
        quantity += delta;
    }
}
