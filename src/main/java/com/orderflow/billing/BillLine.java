package com.orderflow.billing;

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

/** One line of a bill, with its tax worked out; as immutable as its bill. */
@Entity
@Table(name = "bill_line")
class BillLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bill_id")
    private Bill bill;
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
    @Column(name = "line_discount")
    private BigDecimal lineDiscount;
    @Column(name = "bill_discount")
    private BigDecimal billDiscount;
    private BigDecimal taxable;
    @Column(name = "gst_rate")
    private BigDecimal gstRate;
    private BigDecimal cgst;
    private BigDecimal sgst;
    @Column(name = "line_total")
    private BigDecimal lineTotal;
    private String hsn;

    protected BillLine() {
    }

    BillLine(Bill bill, int lineNo, BillCalculator.Line line) {
        this.bill = bill;
        this.lineNo = lineNo;
        this.sku = line.input().sku();
        this.productName = line.input().product();
        this.size = line.input().size();
        this.quantity = line.input().quantity();
        this.unitPrice = BillCalculator.rupees(line.input().unitPrice());
        this.lineDiscount = BillCalculator.rupees(line.input().lineDiscount());
        this.billDiscount = line.billDiscount();
        this.taxable = line.taxable();
        this.gstRate = line.gstRate();
        this.cgst = line.cgst();
        this.sgst = line.sgst();
        this.lineTotal = line.total();
        this.hsn = line.input().hsn();
    }

    String sku() {
        return sku;
    }

    int quantity() {
        return quantity;
    }

    BigDecimal lineTotal() {
        return lineTotal;
    }

    BillView.Line toView() {
        return new BillView.Line(lineNo, sku, productName, size, quantity, unitPrice, lineDiscount, billDiscount,
                taxable, gstRate, cgst, sgst, lineTotal, hsn);
    }
}
