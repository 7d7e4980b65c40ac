package com.orderflow.notifications;

import com.orderflow.orders.ContactChannel;

/** The channel of an event: the customer's own choice, or one fixed for every customer. */
public enum ChannelChoice {
    PREFERRED, WHATSAPP, SMS;

    ContactChannel resolve(ContactChannel preferred) {
        return switch (this) {
            case PREFERRED -> preferred == null ? ContactChannel.WHATSAPP : preferred;
            case WHATSAPP -> ContactChannel.WHATSAPP;
            case SMS -> ContactChannel.SMS;
        };
    }
}
