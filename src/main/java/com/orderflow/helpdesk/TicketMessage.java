package com.orderflow.helpdesk;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message of a ticket: the customer's (IN), the shop's answer (OUT, sent by e-mail after it was
 * saved: its mail state says how far it got), or a note of staff (NOTE, never sent).
 */
@Entity
@Table(name = "helpdesk_message")
class TicketMessage {
    static final String IN = "IN";
    static final String OUT = "OUT";
    static final String NOTE = "NOTE";
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String NOT_CONFIGURED = "NOT_CONFIGURED";
    static final String NO_ADDRESS = "NO_ADDRESS";
    static final int MAX_BODY = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ticket_id")
    private long ticketId;
    private String direction;
    private String author;
    private String body;
    @Column(name = "mail_message_id")
    private String mailMessageId;
    private Instant at;
    @Column(name = "mail_state")
    private String mailState;
    @Column(name = "mail_attempts")
    private int mailAttempts;
    @Column(name = "mail_error")
    private String mailError;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected TicketMessage() {
    }

    TicketMessage(long ticketId, String direction, String author, String body, String mailMessageId, String mailState,
            Instant at) {
        this.ticketId = ticketId;
        this.direction = direction;
        this.author = author.length() <= 160 ? author : author.substring(0, 160);
        this.body = body.length() <= MAX_BODY ? body : body.substring(0, MAX_BODY - 1) + "…";
        this.mailMessageId = mailMessageId;
        this.mailState = mailState;
        this.at = at;
    }

    void sent(Instant at) {
        mailState = SENT;
        sentAt = at;
        mailAttempts++;
    }

    void failed(String error, int maxAttempts) {
        mailAttempts++;
        mailError = error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
        if (mailAttempts >= maxAttempts) {
            mailState = FAILED;
        }
    }

    void notConfigured() {
        mailState = NOT_CONFIGURED;
    }

    Long id() {
        return id;
    }

    long ticketId() {
        return ticketId;
    }

    String direction() {
        return direction;
    }

    String author() {
        return author;
    }

    String body() {
        return body;
    }

    Instant at() {
        return at;
    }

    String mailState() {
        return mailState;
    }
}
