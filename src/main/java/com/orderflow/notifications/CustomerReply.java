package com.orderflow.notifications;

import java.util.Locale;

/** What a customer's message to the shop is taken to mean. */
public enum CustomerReply {
    /** "1" or "YES" (also हो / हाँ): the advance booking stays as it is. */
    CONFIRM,
    /** "2": the customer wants another day. */
    RESCHEDULE,
    /** "STOP": no more messages. */
    STOP,
    /** "START": messages again after a STOP. */
    START,
    /** Anything else: kept for Customer Care to read. */
    OTHER;

    static CustomerReply of(String body) {
        String text = body == null ? "" : body.strip().toUpperCase(Locale.ROOT);
        return switch (text) {
            case "1", "YES", "Y", "OK", "हो", "होय", "हाँ", "हां" -> CONFIRM;
            case "2", "RESCHEDULE" -> RESCHEDULE;
            case "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT" -> STOP;
            case "START", "UNSTOP" -> START;
            default -> OTHER;
        };
    }
}
