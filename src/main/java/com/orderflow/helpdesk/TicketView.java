package com.orderflow.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * A ticket with its messages, as staff see it.
 *
 * @param state OPEN, ESCALATED or CLOSED
 */
public record TicketView(String number, TicketSource source, String subject, String orderNumber, String customerName,
        String customerEmail, String customerPhone, String state, Instant answerDueAt, Instant escalatedAt,
        Instant createdAt, Instant closedAt, String closedBy, List<Message> messages) {

    /**
     * @param direction IN (from the customer), OUT (the shop's answer) or NOTE (staff only)
     * @param mailState for an answer: PENDING, SENT, NOT_CONFIGURED (no mail server), NO_ADDRESS or FAILED
     * @param photo     the id of the customer's photo on the message, or null
     */
    public record Message(String direction, String author, String body, Instant at, String mailState, Long photo) {
    }

    /** The ticket as its customer may see it: the staff's notes left out. */
    public TicketView forCustomer() {
        return new TicketView(number, source, subject, orderNumber, customerName, customerEmail, customerPhone, state,
                answerDueAt, escalatedAt, createdAt, closedAt, closedBy,
                messages.stream().filter(m -> !"NOTE".equals(m.direction())).toList());
    }

    public boolean open() {
        return !"CLOSED".equals(state);
    }
}
