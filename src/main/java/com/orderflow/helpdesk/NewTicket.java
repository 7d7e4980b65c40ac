package com.orderflow.helpdesk;

/**
 * A ticket to open, from any module: what the customer wrote and how to answer them. The order is
 * the order number the ticket is about (any module's: the help desk keeps it as text and asks
 * {@link OrderReferences} about it); at least one of e-mail and phone lets the shop answer.
 *
 * @param author who wrote the first message: the customer's address or name, or a staff user id
 */
public record NewTicket(TicketSource source, String subject, String body, String orderNumber, String customerName,
        String customerEmail, String customerPhone, String author) {
}
