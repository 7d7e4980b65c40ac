package com.orderflow.notifications;

import java.util.Locale;

/**
 * The moments a customer hears from the shop (K7). Which order status triggers which of them, and
 * on which channel, is configuration ({@code orderflow.notifications.events}); the texts are in the
 * notification-messages bundles under {@link #messageKey()}.
 */
public enum NotificationEvent {
    ORDER_CONFIRMED, PACKING_DONE, OUT_FOR_DELIVERY, DELIVERED, DAY_BEFORE_DISPATCH;

    String messageKey() {
        return "notification." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
