package com.orderflow.inventory;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one batch gave to a counter sale, at the price of the day. */
@Entity
@Table(name = "counter_sale_line")
class CounterSaleLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long productId;
    private Long batchId;
    private int quantity;
    private BigDecimal unitPrice;
    private BigDecimal lineTotal;

    protected CounterSaleLine() {
    }

    CounterSaleLine(Long productId, Long batchId, int quantity, BigDecimal unitPrice) {
        this.productId = productId;
        this.batchId = batchId;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.lineTotal = unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2);
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

    BigDecimal unitPrice() {
        return unitPrice;
    }

    BigDecimal lineTotal() {
        return lineTotal;
    }
}
