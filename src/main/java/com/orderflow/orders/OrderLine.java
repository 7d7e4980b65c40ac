package com.orderflow.orders;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_line")
class OrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private Order order;
    @Column(name = "line_no")
    private int lineNo;
    private String sku;
    @Column(name = "product_name")
    private String productName;
    @Column(name = "size_label")
    private String size;
    private int quantity;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    private BigDecimal discount;
    @Column(name = "discount_reason")
    private String discountReason;
    @Column(name = "line_total")
    private BigDecimal lineTotal;

    protected OrderLine() {
    }

    OrderLine(Order order, int lineNo, PricedLine line) {
        this(order, lineNo, line.sku(), line.product(), line.size(), line.quantity(), line.unitPrice(),
                line.discount());
        this.discountReason = line.discountReason();
    }

    private OrderLine(Order order, int lineNo, String sku, String productName, String size, int quantity,
            BigDecimal unitPrice, BigDecimal discount) {
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.productName = productName;
        this.size = size;
        this.quantity = quantity;
        this.unitPrice = Money.rupees(unitPrice);
        this.discount = Money.rupees(discount);
        this.lineTotal = Money.rupees(this.unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(this.discount));
    }

    BigDecimal gross() {
        return Money.rupees(unitPrice.multiply(BigDecimal.valueOf(quantity)));
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

    BigDecimal unitPrice() {
        return unitPrice;
    }

    BigDecimal discount() {
        return discount;
    }

    /** Why the discount was given; null without a discount (or from before reasons were kept). */
    String discountReason() {
        return discountReason;
    }

    BigDecimal lineTotal() {
        return lineTotal;
    }

    int lineNo() {
        return lineNo;
    }

    /** "Kaju Katli 1 kg × 2" */
    String summary() {
        return productName + (size == null || size.isBlank() ? "" : " " + size) + " × " + quantity;
    }
}
