package com.orderflow.jewelry;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a handover bill, as it was billed (rates change daily; the bill does not). */
@Entity
@Table(name = "jewelry_bill_line")
class JewelryBillLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "line_no")
    private int lineNo;
    private String label;
    private String detail;
    private BigDecimal amount;

    protected JewelryBillLine() {
    }

    JewelryBillLine(long orderId, int lineNo, HandoverBill.Line line) {
        this.orderId = orderId;
        this.lineNo = lineNo;
        this.label = line.label();
        this.detail = line.detail();
        this.amount = line.amount();
    }

    HandoverBill.Line toLine() {
        return new HandoverBill.Line(label, detail, amount);
    }
}
