package com.orderflow.notifications;

import com.orderflow.orders.ContactChannel;

/**
 * One message for the provider: plain text, or (WhatsApp outside the 24-hour window) an approved
 * template with its variables.
 */
record OutgoingMessage(ContactChannel channel, String to, String body, String contentSid, String contentVariables) {

    boolean usesTemplate() {
        return contentSid != null;
    }
}
