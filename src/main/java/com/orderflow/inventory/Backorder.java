package com.orderflow.inventory;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** S4: how many units of a product an advance order is still waiting for. */
@Entity
@Table(name = "stock_backorder")
class Backorder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orderRef;
    private Long productId;
    private int quantityShort;
    private Instant raisedAt;

    protected Backorder() {
    }

    Backorder(String orderRef, Long productId, int quantityShort, Instant raisedAt) {
        this.orderRef = orderRef;
        this.productId = productId;
        this.quantityShort = quantityShort;
        this.raisedAt = raisedAt;
    }

    String orderRef() {
        return orderRef;
    }

    Long productId() {
        return productId;
    }

    int quantityShort() {
        return quantityShort;
    }

    void setQuantityShort(int quantityShort) {
        this.quantityShort = quantityShort;
    }
}
