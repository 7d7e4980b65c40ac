package com.orderflow.trading;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.orderflow.platform.web.ConflictException;

/**
 * One installation visit (field service): the technician, the slot the customer confirms, and how
 * it ended. A no-show or a reschedule ends it and the next attempt is a new visit.
 */
@Entity
@Table(name = "trading_visit")
class Visit {
    enum State {
        /** the order manager chose the technician by hand; the slot is offered next */
        CHOSEN,
        OFFERED, CUSTOMER_DECLINED, CONFIRMED, DONE, NO_SHOW, RESCHEDULED, APPROVED, REJECTED, CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    private int attempt;
    private String technician;
    @Column(name = "slot_start")
    private Instant slotStart;
    @Column(name = "slot_end")
    private Instant slotEnd;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "token_seed")
    private String tokenSeed;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "customer_note")
    private String customerNote;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "task_id")
    private String taskId;
    private String checklist;
    @Column(name = "visit_note")
    private String visitNote;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approval_note")
    private String approvalNote;
    @Version
    private long version;

    protected Visit() {
    }

    Visit(long orderId, int attempt, String technician, State state, String tokenSeed, String tokenHash) {
        this.orderId = orderId;
        this.attempt = attempt;
        this.technician = technician;
        this.state = state;
        this.tokenSeed = tokenSeed;
        this.tokenHash = tokenHash;
    }

    void offer(String technician, Instant start, Instant end) {
        require("be offered", State.CHOSEN);
        this.technician = technician;
        this.slotStart = start;
        this.slotEnd = end;
        this.state = State.OFFERED;
    }

    void confirm(String by, Instant at) {
        require("be confirmed", State.OFFERED);
        state = State.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    void decline(String note) {
        require("be declined", State.OFFERED);
        state = State.CUSTOMER_DECLINED;
        customerNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Customer Care agreed a slot by phone (after a decline, or no answer). */
    void agree(Instant start, Instant end, String by, Instant at) {
        require("get a slot agreed by phone", State.OFFERED, State.CUSTOMER_DECLINED);
        slotStart = start;
        slotEnd = end;
        state = State.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    void linkTask(String taskId) {
        this.taskId = taskId;
    }

    void end(State outcome, String checklist, String note, Instant at) {
        require("end", State.CONFIRMED);
        state = outcome;
        this.checklist = checklist;
        this.visitNote = note == null || note.isBlank() ? null : note.strip();
        this.completedAt = at;
    }

    void approve(boolean approved, String by, String note, Instant at) {
        require("be approved", State.DONE);
        state = approved ? State.APPROVED : State.REJECTED;
        approvedBy = by;
        approvalNote = note == null || note.isBlank() ? null : note.strip();
        approvedAt = at;
    }

    void cancel() {
        if (state == State.CHOSEN || state == State.OFFERED || state == State.CUSTOMER_DECLINED
                || state == State.CONFIRMED) {
            state = State.CANCELLED;
        }
    }

    private void require(String what, State... allowed) {
        for (State s : allowed) {
            if (s == state) {
                return;
            }
        }
        throw new ConflictException("Visit " + attempt + " of this order is " + state + " and cannot " + what);
    }

    boolean isOpen() {
        return state == State.CHOSEN || state == State.OFFERED || state == State.CUSTOMER_DECLINED
                || state == State.CONFIRMED;
    }

    Long id() {
        return id;
    }

    long orderId() {
        return orderId;
    }

    int attempt() {
        return attempt;
    }

    String technician() {
        return technician;
    }

    Instant slotStart() {
        return slotStart;
    }

    Instant slotEnd() {
        return slotEnd;
    }

    State state() {
        return state;
    }

    String tokenSeed() {
        return tokenSeed;
    }

    String customerNote() {
        return customerNote;
    }

    String taskId() {
        return taskId;
    }

    String checklist() {
        return checklist;
    }

    String visitNote() {
        return visitNote;
    }

    Instant completedAt() {
        return completedAt;
    }

    String approvedBy() {
        return approvedBy;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    String approvalNote() {
        return approvalNote;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }
}
