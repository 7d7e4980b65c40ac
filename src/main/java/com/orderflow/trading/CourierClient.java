package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One courier as the shop talks to it (S2): book a shipment (an AWB and a label), read its tracking
 * scans, and tell its signed webhooks from forgeries. {@link HttpCourier} talks to a carrier's API;
 * {@link ManualCourier} is the courier whose AWB and scans Dispatch types in.
 */
interface CourierClient {

    String code();

    /** The courier's name as customers read it ("Blue Dart"). */
    String name();

    /** Whether Dispatch types the AWB (true) or the courier's API gives it (false). */
    boolean typesAwb();

    /**
     * Books the shipment. A technical failure (the courier's API down, a timeout) throws, so that the
     * engine retries the booking and shows an incident when the retries are used up.
     */
    Booking book(ShipmentRequest request);

    /** The shipment's scans as the courier has them now (for couriers that are polled). */
    List<CourierScan> poll(String awb);

    /** Whether a webhook body carries this courier's signature. */
    boolean signedBy(byte[] body, String signature);

    /**
     * @param typedAwb the AWB Dispatch typed (manual couriers), else null
     * @param codAmount what to collect at the door, or null for a prepaid order
     */
    record ShipmentRequest(String reference, String typedAwb, String name, String phone, String address, String city,
            String pincode, int weightGrams, BigDecimal codAmount) {
    }

    /** @param label the courier's label PDF, or null when it gives none (the shop prints its own) */
    record Booking(String awb, byte[] label) {
    }

    /**
     * A tracking event: its id at the courier (the same event sent twice has the same id), the
     * stage code, where and when; a delivery may carry the OTP the customer told, the cash collected
     * and a photo of the proof (base64).
     */
    record CourierScan(String scanId, String awb, String code, String location, Instant at, String otp,
            BigDecimal codCollected, String proofImage) {
    }
}
