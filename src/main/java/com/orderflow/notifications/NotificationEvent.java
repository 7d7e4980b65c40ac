package com.orderflow.notifications;

import java.util.Locale;

/**
 * The moments a customer hears from the shop (K7). Which order status triggers which of them, and
 * on which channel, is configuration ({@code orderflow.notifications.events}); the texts are in the
 * notification-messages bundles under {@link #messageKey()}.
 */
public enum NotificationEvent {
    ORDER_CONFIRMED, PACKING_DONE, OUT_FOR_DELIVERY, DELIVERED, DAY_BEFORE_DISPATCH,
    /** the bill with its tracking and UPI links, sent when staff ask for it (K1, K10); never on a status */
    BILL_SENT,
    /** a return was refunded: credit note and any money back (K9); the returns process asks for it */
    RETURN_REFUNDED,
    /** a return is answered with replacement goods, sent as a new order (K9) */
    RETURN_REPLACED,
    /** a return was looked at and neither refunded nor replaced, with the reason (K9) */
    RETURN_REJECTED,
    /** jewelry (J4): a karigar's end-of-day slip of his orders, with the samples to take; {@link DirectMessages} */
    KARIGAR_SLIP,
    /** jewelry (J7): a karigar's reminder the day before an order is due */
    KARIGAR_REMINDER,
    /** jewelry (J8): the customer's piece is ready at the counter */
    JEWELRY_READY,
    /** jewelry (J8): a follow-up while a ready piece is not collected */
    JEWELRY_FOLLOW_UP,
    /** jewelry (J7): the head-office order manager's morning report */
    JEWELRY_REPORT,
    /** reports (F9): the owner's evening summary of the day, worded by the reports module */
    DAILY_SUMMARY,
    /** customers (F8): a one-time sign-in code; outside demo mode the outbox shows it masked */
    SIGN_IN_CODE,
    /** customers (F8): after delivery, the link to rate the order 1–5 */
    RATING_REQUEST,
    /** customers (F10): the shop's answer on the customer's support ticket */
    HELPDESK_REPLY,
    /** trading (E2): a trading order's news for its customer (confirmed, shipped with AWB, delivered) */
    TRADING_UPDATE,
    /** trading (E5, S6): the one message telling the customer that the shipment is late */
    SHIPMENT_DELAYED,
    /** trading: the installation slot offered to the customer, with the link to confirm it */
    INSTALLATION_SLOT,
    /** trading (E1 1018): the warranty is registered, with the link to the warranty card */
    WARRANTY_CARD,
    /** trading (E3): a purchase order to a vendor, with the link to accept or decline it */
    VENDOR_PURCHASE_ORDER;

    /**
     * Jewelry, karigar and trading messages: worded by the jewelry and trading modules and sent
     * through {@link DirectMessages}.
     */
    public boolean isWordedElsewhere() {
        return this == KARIGAR_SLIP || this == KARIGAR_REMINDER || this == JEWELRY_READY || this == JEWELRY_FOLLOW_UP
                || this == JEWELRY_REPORT || this == DAILY_SUMMARY || this == SIGN_IN_CODE || this == RATING_REQUEST
                || this == HELPDESK_REPLY || this == TRADING_UPDATE || this == SHIPMENT_DELAYED
                || this == INSTALLATION_SLOT || this == WARRANTY_CARD || this == VENDOR_PURCHASE_ORDER;
    }

    /** A text that opens an account: only its recipient may read it (the outbox masks it outside demo mode). */
    public boolean isSecret() {
        return this == SIGN_IN_CODE;
    }

    /**
     * Messages written from facts this module cannot read again (a bill, a return): a resend repeats
     * the text as it was sent.
     */
    boolean keepsItsText() {
        return this == BILL_SENT || this == RETURN_REFUNDED || this == RETURN_REPLACED || this == RETURN_REJECTED
                || isWordedElsewhere();
    }

    String messageKey() {
        return "notification." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
