package com.orderflow.notifications;

/** What the provider made of one message. */
sealed interface SendOutcome {

    /** Accepted; the provider's message id. */
    record Accepted(String providerSid) implements SendOutcome {
    }

    /** Worth trying again later: timeouts, 5xx, throttling. */
    record Temporary(String reason) implements SendOutcome {
    }

    /** Will never succeed as it is: invalid number, opted out, rejected content. */
    record Permanent(String reason) implements SendOutcome {
    }
}
