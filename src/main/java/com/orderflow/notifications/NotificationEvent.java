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
    BILL_SENT;

    String messageKey() {
        return "notification." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
