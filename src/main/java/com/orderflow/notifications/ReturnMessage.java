package com.orderflow.notifications;

import java.math.BigDecimal;

/**
 * How a return ended, as the customer's message tells it (K9).
 *
 * @param credited         refunded: what came off the bill
 * @param refunded         refunded: money paid back (zero or null: none, the bill was not paid)
 * @param refundMethod     CASH, UPI or GATEWAY when money went back
 * @param replacementOrder replaced: the order that brings the replacement
 * @param reason           rejected: why, in the words of whoever decided
 */
public record ReturnMessage(Outcome outcome, String returnNumber, BigDecimal credited, BigDecimal refunded,
        String refundMethod, String replacementOrder, String reason) {

    public enum Outcome {
        REFUNDED, REPLACED, REJECTED
    }

    public static ReturnMessage refunded(String returnNumber, BigDecimal credited, BigDecimal refunded, String method) {
        return new ReturnMessage(Outcome.REFUNDED, returnNumber, credited, refunded, method, null, null);
    }

    public static ReturnMessage replaced(String returnNumber, String replacementOrder) {
        return new ReturnMessage(Outcome.REPLACED, returnNumber, null, null, null, replacementOrder, null);
    }

    public static ReturnMessage rejected(String returnNumber, String reason) {
        return new ReturnMessage(Outcome.REJECTED, returnNumber, null, null, null, null, reason);
    }

    NotificationEvent event() {
        return switch (outcome) {
            case REFUNDED -> NotificationEvent.RETURN_REFUNDED;
            case REPLACED -> NotificationEvent.RETURN_REPLACED;
            case REJECTED -> NotificationEvent.RETURN_REJECTED;
        };
    }
}
