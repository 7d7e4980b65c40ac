package com.orderflow.trading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An order's row of the step table: the step reached (DONE) or passed by (SKIPPED), when and by whom. */
@Entity
@Table(name = "trading_step")
class StepRecord {
    static final String DONE = "DONE";
    static final String SKIPPED = "SKIPPED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    private int step;
    private String status;
    private String note;
    private String actor;
    private Instant at;

    protected StepRecord() {
    }

    StepRecord(long orderId, TradingStep step, String status, String note, String actor, Instant at) {
        this.orderId = orderId;
        this.step = step.id();
        this.status = status;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 299) + "…";
        this.actor = actor;
        this.at = at;
    }

    long orderId() {
        return orderId;
    }

    int step() {
        return step;
    }

    String status() {
        return status;
    }

    boolean isDone() {
        return DONE.equals(status);
    }

    String note() {
        return note;
    }

    String actor() {
        return actor;
    }

    Instant at() {
        return at;
    }
}
