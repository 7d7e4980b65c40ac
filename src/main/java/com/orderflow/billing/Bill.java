package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An issued bill (K1). What it says never changes once written: only its status moves on, to
 * SUPERSEDED by a revision or CANCELLED by a full credit note.
 */
@Entity
@Table(name = "bill")
class Bill {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bill_number")
    private String number;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "order_number")
    private String orderNumber;
    @Enumerated(EnumType.STRING)
    private BillStatus status;
    @Column(name = "revises_id")
    private Long revisesId;
    @Column(name = "superseded_by")
    private String supersededBy;
    private String reason;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Column(name = "customer_address")
    private String customerAddress;
    @Column(name = "place_of_supply")
    private String placeOfSupply;
    @Column(name = "gst_enabled")
    private boolean gstEnabled;
    @Column(name = "shop_gstin")
    private String shopGstin;
    private BigDecimal subtotal;
    @Column(name = "line_discount")
    private BigDecimal lineDiscount;
    @Column(name = "bill_discount")
    private BigDecimal billDiscount;
    private BigDecimal taxable;
    private BigDecimal cgst;
    private BigDecimal sgst;
    @Column(name = "grand_total")
    private BigDecimal grandTotal;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @OneToMany(mappedBy = "bill", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("lineNo")
    private List<BillLine> lines = new ArrayList<>();

    protected Bill() {
    }

    /** Whom a bill is made out to, as the order says when the bill is issued. */
    record BillTo(String name, String phone, String address) {
    }

    /** The shop's GST registration on the bill: off, or on with its GSTIN and the place of supply. */
    record Gst(boolean enabled, String gstin, String placeOfSupply) {
    }

    Bill(String number, long orderId, String orderNumber, Bill revises, String reason, BillTo billTo, Gst gst,
            BillCalculator.Result amounts, String issuedBy, Instant issuedAt) {
        this.number = number;
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.status = BillStatus.ISSUED;
        this.revisesId = revises == null ? null : revises.id;
        this.reason = reason;
        this.customerName = billTo.name();
        this.customerPhone = billTo.phone();
        this.customerAddress = billTo.address();
        this.gstEnabled = gst.enabled();
        this.shopGstin = gst.enabled() ? gst.gstin() : null;
        this.placeOfSupply = gst.enabled() ? gst.placeOfSupply() : null;
        this.subtotal = amounts.subtotal();
        this.lineDiscount = amounts.lineDiscount();
        this.billDiscount = amounts.billDiscount();
        this.taxable = amounts.taxable();
        this.cgst = amounts.cgst();
        this.sgst = amounts.sgst();
        this.grandTotal = amounts.grandTotal();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        int lineNo = 1;
        for (BillCalculator.Line line : amounts.lines()) {
            lines.add(new BillLine(this, lineNo++, line));
        }
    }

    void supersedeBy(String revision) {
        status = BillStatus.SUPERSEDED;
        supersededBy = revision;
    }

    void cancel() {
        status = BillStatus.CANCELLED;
    }

    boolean isIssued() {
        return status == BillStatus.ISSUED;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    long orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    BillStatus status() {
        return status;
    }

    Long revisesId() {
        return revisesId;
    }

    String supersededBy() {
        return supersededBy;
    }

    String reason() {
        return reason;
    }

    String customerName() {
        return customerName;
    }

    String customerPhone() {
        return customerPhone;
    }

    String customerAddress() {
        return customerAddress;
    }

    String placeOfSupply() {
        return placeOfSupply;
    }

    boolean gstEnabled() {
        return gstEnabled;
    }

    String shopGstin() {
        return shopGstin;
    }

    BigDecimal subtotal() {
        return subtotal;
    }

    BigDecimal lineDiscount() {
        return lineDiscount;
    }

    BigDecimal billDiscount() {
        return billDiscount;
    }

    BigDecimal taxable() {
        return taxable;
    }

    BigDecimal cgst() {
        return cgst;
    }

    BigDecimal sgst() {
        return sgst;
    }

    BigDecimal grandTotal() {
        return grandTotal;
    }

    String issuedBy() {
        return issuedBy;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    List<BillLine> lines() {
        return lines;
    }
}
