package com.orderflow.helpdesk;

/**
 * Published when staff answer a ticket whose customer has a phone number, inside the transaction
 * that keeps the answer: the customers module sends it on by WhatsApp/SMS through the outbox.
 *
 * @param orderNumber the order the ticket is about, or null
 */
public record TicketAnswered(String ticketNumber, String orderNumber, String customerPhone, String body) {
}
