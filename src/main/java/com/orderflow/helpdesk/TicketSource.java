package com.orderflow.helpdesk;

/** Where a ticket came from. */
public enum TicketSource {
    /** a customer's e-mail read from the support mailbox */
    EMAIL,
    /** the customer's question from a tracking page */
    TRACKING_PAGE,
    /** a warranty claim from the public warranty page */
    WARRANTY_CLAIM,
    /** a customer's rating below 4 asks what went wrong (F8) */
    LOW_RATING,
    /** opened by staff (a phone call, the counter) */
    STAFF,
    /** the signed-in customer's own account pages (/my/help) */
    ACCOUNT,
    /** a customer's WhatsApp/SMS message that answered none of the shop's questions */
    WHATSAPP
}
