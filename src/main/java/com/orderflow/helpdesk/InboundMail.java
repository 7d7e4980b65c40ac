package com.orderflow.helpdesk;

/**
 * A customer's e-mail as read from the support mailbox.
 *
 * @param messageId the mail's Message-ID (the same mail read twice is one message); never null
 */
public record InboundMail(String messageId, String fromAddress, String fromName, String subject, String text) {
}
