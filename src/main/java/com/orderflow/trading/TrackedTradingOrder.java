package com.orderflow.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A trading order as its customer sees it behind the tracking link (E2): first name only, no
 * address, no staff ids; the timeline of the seed with each moment's progress, the courier, AWB and
 * live scans, the promise with the predicted arrival, and what the customer can do here (pay,
 * confirm a slot, rate, ask for help, open a warranty card).
 *
 * @param deliveryOtp shown from dispatch until delivery: the customer tells it to the courier
 * @param slotToken   the link token of an installation slot waiting for the customer's answer, or null
 */
public record TrackedTradingOrder(String token, String shopName, String language, String customerFirstName,
        List<String> items, BigDecimal total, String paymentMode, boolean paid, String payLink, int progress,
        TradingState state, List<Moment> timeline, String courierName, String awb, ShipmentStage shipmentStage,
        List<ShipmentView.ScanLine> scans, Instant promisedBy, Instant predictedBy, Instant predictedLatestBy,
        boolean delayed, String deliveryOtp, Instant slotStart, String slotToken, boolean mayRate, Integer rating,
        List<WarrantyView> warranties) {

    /** One moment of the timeline: reached or not, when, and the progress it stands for. */
    public record Moment(TrackingMilestone milestone, boolean reached, Instant at, int progress) {
    }
}
