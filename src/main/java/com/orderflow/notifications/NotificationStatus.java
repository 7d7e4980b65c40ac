package com.orderflow.notifications;

/** Where a notification is on its way to the customer. */
public enum NotificationStatus {
    /** Waiting to be sent, first time or after a temporary failure (see attempts and next attempt). */
    PENDING,
    /** Claimed by one sender node, which is talking to the provider right now. */
    SENDING,
    /** Accepted by the provider (Twilio message SID recorded). */
    SENT,
    /** The provider reported it delivered to the phone. */
    DELIVERED,
    /** Will not be sent or did not arrive: invalid number, opted out, rejected, undelivered. Customer Care has a task. */
    FAILED,
    /** Recorded while no provider was configured; never sent. Can be resent once one is. */
    NOT_CONFIGURED;

    boolean isOpen() {
        return this == PENDING || this == SENDING;
    }
}
