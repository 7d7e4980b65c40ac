package com.orderflow.trading;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of a trading order: name, price and the vendor's cost as the product master said at the order. */
@Entity
@Table(name = "trading_order_line")
class TradingOrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private TradingOrder order;
    @Column(name = "line_no")
    private int lineNo;
    @Column(name = "product_id")
    private long productId;
    private String sku;
    private String name;
    private int quantity;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    @Column(name = "line_total")
    private BigDecimal lineTotal;
    @Column(name = "unit_cost")
    private BigDecimal unitCost;

    protected TradingOrderLine() {
    }

    TradingOrderLine(TradingOrder order, int lineNo, TradingProduct product, int quantity) {
        this.order = order;
        this.lineNo = lineNo;
        this.productId = product.id();
        this.sku = product.sku();
        this.name = product.name();
        this.quantity = quantity;
        this.unitPrice = product.price();
        this.lineTotal = product.price().multiply(BigDecimal.valueOf(quantity));
        this.unitCost = product.vendorCost();
    }

    Long id() {
        return id;
    }

    int lineNo() {
        return lineNo;
    }

    long productId() {
        return productId;
    }

    String sku() {
        return sku;
    }

    String name() {
        return name;
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

    /** What the vendor is paid for the line. */
    BigDecimal costTotal() {
        return unitCost.multiply(BigDecimal.valueOf(quantity));
    }
}
