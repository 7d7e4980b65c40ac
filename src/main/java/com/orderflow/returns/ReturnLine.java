package com.orderflow.returns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Pieces of one SKU that came back in a return. */
@Entity
@Table(name = "return_line")
class ReturnLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "return_id")
    private ReturnCase returnCase;
    private String sku;
    @Column(name = "product_name")
    private String productName;
    @Column(name = "size_label")
    private String size;
    private int quantity;

    protected ReturnLine() {
    }

    ReturnLine(ReturnCase returnCase, String sku, String productName, String size, int quantity) {
        this.returnCase = returnCase;
        this.sku = sku;
        this.productName = productName;
        this.size = size;
        this.quantity = quantity;
    }

    String sku() {
        return sku;
    }

    String productName() {
        return productName;
    }

    String size() {
        return size;
    }

    int quantity() {
        return quantity;
    }
}
