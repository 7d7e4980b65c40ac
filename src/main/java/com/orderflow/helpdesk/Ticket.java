package com.orderflow.helpdesk;

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

/** A support ticket: what it is about, whom to answer, by when, and whether it is closed. */
@Entity
@Table(name = "helpdesk_ticket")
class Ticket {
    enum State {
        OPEN, ESCALATED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_number")
    private String number;
    @Enumerated(EnumType.STRING)
    private TicketSource source;
    private String subject;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_email")
    private String customerEmail;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "answer_due_at")
    private Instant answerDueAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by")
    private String closedBy;
    @Version
    private long version;

    protected Ticket() {
    }

    Ticket(String number, TicketSource source, String subject, String orderNumber, String customerName,
            String customerEmail, String customerPhone, Instant answerDueAt, Instant createdAt) {
        this.number = number;
        this.source = source;
        this.subject = subject;
        this.orderNumber = orderNumber;
        this.customerName = customerName;
        this.customerEmail = customerEmail;
        this.customerPhone = customerPhone;
        this.state = State.OPEN;
        this.answerDueAt = answerDueAt;
        this.createdAt = createdAt;
    }

    /** The customer wrote again: the ticket is open and due again. */
    void customerWrote(Instant answerDue) {
        if (state == State.CLOSED) {
            throw new ConflictException("Ticket " + number + " is closed");
        }
        answerDueAt = answerDue;
    }

    /** Whether the customer with this e-mail address (lower case) or phone is the ticket's. */
    boolean belongsTo(String email, String phone) {
        return email != null && email.equals(customerEmail) || phone != null && phone.equals(customerPhone);
    }

    void escalate(Instant at) {
        if (state == State.OPEN) {
            state = State.ESCALATED;
            escalatedAt = at;
        }
    }

    void close(String by, Instant at) {
        if (state == State.CLOSED) {
            throw new ConflictException("Ticket " + number + " is already closed");
        }
        state = State.CLOSED;
        closedBy = by;
        closedAt = at;
    }

    Long id() {
        return id;
    }

    String number() {
        return number;
    }

    TicketSource source() {
        return source;
    }

    String subject() {
        return subject;
    }

    String orderNumber() {
        return orderNumber;
    }

    String customerName() {
        return customerName;
    }

    String customerEmail() {
        return customerEmail;
    }

    String customerPhone() {
        return customerPhone;
    }

    State state() {
        return state;
    }

    Instant answerDueAt() {
        return answerDueAt;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    String closedBy() {
        return closedBy;
    }
}
