package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A shipment as staff see it: courier, AWB, lane, where it is, its promise, the delay it raised, and
 * its scans in the order they happened.
 *
 * @param deliveryOtp the code the customer tells the courier at the door
 * @param proofKind   PHOTO, SIGNATURE or OTP once delivered with proof
 */
public record ShipmentView(String carrier, String courierName, String awb, String lane, ShipmentStage stage,
        Instant bookedAt, Instant promisedBy, Instant lastScanAt, Instant deliveredAt, String deliveryOtp,
        String proofKind, BigDecimal codCollected, Instant delayRaisedAt, String delayReason, String delayAction,
        List<ScanLine> scans) {

    public record ScanLine(String code, String location, Instant at, String source) {
    }
}
