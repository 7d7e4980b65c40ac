package com.orderflow.inventory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Advance Booking stock of one batch set aside for one order. */
@Entity
@Table(name = "stock_reservation")
class Reservation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String orderRef;
    private Long productId;
    private Long batchId;
    private int quantity;

    protected Reservation() {
    }

    Reservation(String orderRef, Long productId, Long batchId) {
        this.orderRef = orderRef;
        this.productId = productId;
        this.batchId = batchId;
    }

    String orderRef() {
        return orderRef;
    }

    Long productId() {
        return productId;
    }

    Long batchId() {
        return batchId;
    }

    int quantity() {
        return quantity;
    }

    void change(int delta) {
        quantity += delta;
    }
}
