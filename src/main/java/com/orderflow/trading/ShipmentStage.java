package com.orderflow.trading;

import java.util.Locale;
import java.util.Optional;

import com.orderflow.trading.process.TradingOrderProcess;

/**
 * Where a shipment is, in the order a courier's scans move it. A scan of an earlier stage than the
 * shipment has reached (it came late) is kept in the history and moves nothing back.
 */
public enum ShipmentStage {
    REQUESTED(null, null), BOOKED(null, null),
    PICKED_UP(TradingOrderProcess.MESSAGE_PICKED_UP, TradingStep.PICKED_UP),
    IN_TRANSIT(TradingOrderProcess.MESSAGE_IN_TRANSIT, TradingStep.IN_TRANSIT),
    AT_HUB(TradingOrderProcess.MESSAGE_AT_HUB, TradingStep.AT_HUB),
    OUT_FOR_DELIVERY(TradingOrderProcess.MESSAGE_OUT_FOR_DELIVERY, TradingStep.OUT_FOR_DELIVERY),
    DELIVERED(TradingOrderProcess.MESSAGE_DELIVERED, TradingStep.DELIVERED),
    /** the courier brought it back (return to origin): ends the trip whatever came before */
    RETURNED(TradingOrderProcess.MESSAGE_RETURNED, null);

    private final String message;
    private final TradingStep step;

    ShipmentStage(String message, TradingStep step) {
        this.message = message;
        this.step = step;
    }

    /** The message that tells the order's process the shipment reached this stage. */
    String message() {
        return message;
    }

    TradingStep step() {
        return step;
    }

    /** A scan's code as couriers send it ("IN_TRANSIT", "in-transit", "RTO"); empty when it is none of ours. */
    public static Optional<ShipmentStage> ofScanCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String normal = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if ("RTO".equals(normal) || "RETURNED_TO_ORIGIN".equals(normal)) {
            return Optional.of(RETURNED);
        }
        for (ShipmentStage stage : values()) {
            if (stage.message != null && stage.name().equals(normal)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    boolean isScanned() {
        return message != null;
    }
}
