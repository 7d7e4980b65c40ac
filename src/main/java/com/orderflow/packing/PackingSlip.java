package com.orderflow.packing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A packing slip sent to the printer queue (K2): what it says is kept, so that "print again"
 * prints the same slip, and whether the printer took it.
 */
@Entity
@Table(name = "packing_slip")
class PackingSlip {
    enum Kind {
        /** the packer claimed the pack task */
        PACK,
        /** the bill changed after packing: the box changes */
        ADJUST,
        /** printed again from the packing board */
        REPRINT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "slip_no")
    private int slipNo;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String packer;
    private String customer;
    private String items;
    private String batches;
    /** grams, scale 3 */
    @Column(name = "net_weight_grams")
    private BigDecimal netWeightGrams;
    private String changes;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "printed_at")
    private Instant printedAt;
    @Column(name = "print_problem")
    private String printProblem;

    protected PackingSlip() {
    }

    PackingSlip(String orderNumber, int slipNo, Kind kind, String packer, String customer, String items,
            String batches, BigDecimal netWeightGrams, String changes, String createdBy, Instant createdAt) {
        this.orderNumber = orderNumber;
        this.slipNo = slipNo;
        this.kind = kind;
        this.packer = packer;
        this.customer = customer;
        this.items = items;
        this.batches = batches;
        this.netWeightGrams = netWeightGrams;
        this.changes = changes;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.fileName = orderNumber + "-packing-slip-" + slipNo + ".pdf";
    }

    /** The same slip again, under the next number. */
    PackingSlip reprint(int nextSlipNo, String by, Instant now) {
        return new PackingSlip(orderNumber, nextSlipNo, Kind.REPRINT, packer, customer, items, batches, netWeightGrams,
                changes, by, now);
    }

    void printed(Instant at) {
        this.printedAt = at;
        this.printProblem = null;
    }

    void failedToPrint(String problem) {
        this.printProblem = problem.length() > 400 ? problem.substring(0, 400) : problem;
    }

    Long id() {
        return id;
    }

    String orderNumber() {
        return orderNumber;
    }

    int slipNo() {
        return slipNo;
    }

    Kind kind() {
        return kind;
    }

    String packer() {
        return packer;
    }

    String customer() {
        return customer;
    }

    String items() {
        return items;
    }

    String batches() {
        return batches;
    }

    BigDecimal netWeightGrams() {
        return netWeightGrams;
    }

    String changes() {
        return changes;
    }

    Instant createdAt() {
        return createdAt;
    }

    String fileName() {
        return fileName;
    }

    Instant printedAt() {
        return printedAt;
    }

    String printProblem() {
        return printProblem;
    }
}
