package com.orderflow.billing;

/**
 * What the shop made of a gateway callback: ACCEPTED (counted as paid), FLAGGED (recorded, not
 * counted, a biller looks at it) or FAILED (the gateway said the payment failed; flagged too).
 * A repeated callback gets the same answer.
 */
public record GatewayOutcome(String eventId, String outcome, String detail) {
}
