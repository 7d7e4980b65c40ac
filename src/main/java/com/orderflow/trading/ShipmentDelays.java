package com.orderflow.trading;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * Delay detection (E5, S6): a shipment is late once its promise has passed without a proven
 * delivery, or when no scan has come for {@code orderflow.trading.scan-silence}. The first time, and
 * only then, Dispatch gets "Shipment delayed" and the customer one message with the predicted arrival.
 */
@Service
public class ShipmentDelays {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
    private final ShipmentsRepository shipments;
    private final TradingOrders orders;
    private final TransitPrediction prediction;
    private final TradingMessages messages;
    private final TradingSettings settings;
    private final AuditLog audit;
    private final ShopClock clock;

    ShipmentDelays(ShipmentsRepository shipments, TradingOrders orders, TransitPrediction prediction,
            TradingMessages messages, TradingSettings settings, AuditLog audit, ShopClock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.prediction = prediction;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the shipment became late just now (a delay is raised once per shipment). */
    @Transactional
    public boolean check(long orderId) {
        Optional<Shipment> found = shipments.findByOrderId(orderId);
        if (found.isEmpty()) {
            return false;
        }
        Shipment shipment = shipments.lock(found.get().id()).orElseThrow();
        if (shipment.toldStage() == ShipmentStage.DELIVERED || shipment.state() == ShipmentStage.RETURNED
                || shipment.bookedAt() == null) {
            return false;
        }
        Instant now = clock.now();
        Instant lastHeard = shipment.lastScanAt() == null || shipment.lastScanAt().isBefore(shipment.bookedAt())
                ? shipment.bookedAt() : shipment.lastScanAt();
        String reason = null;
        if (shipment.promisedBy() != null && !now.isBefore(shipment.promisedBy())) {
            reason = "promise of " + shipment.promisedBy() + " passed";
        } else if (Duration.between(lastHeard, now).compareTo(settings.getScanSilence()) >= 0) {
            reason = "no scan since " + lastHeard;
        }
        if (reason == null || !shipment.raiseDelay(reason, now)) {
            return false;
        }
        shipments.flush();
        TradingOrder order = orders.findById(orderId).orElseThrow();
        String predicted = prediction.predict(shipment.carrier(), shipment.lane(), shipment.bookedAt())
                .map(TransitPrediction.Prediction::p90By).filter(by -> by.isAfter(now))
                .map(by -> DAY.format(by.atZone(clock.zone())))
                .orElseGet(() -> messages.text(order.language(), "trading.msg.delayedSoon"));
        messages.delayed(order, shipment.awb(), predicted);
        audit.record("system", "TRADING_SHIPMENT_DELAYED", order.number(), shipment.awb() + ": " + reason);
        return true;
    }

    /** Dispatch's note of what was done about the delay ("Shipment delayed" form). */
    @Transactional
    public void handled(long orderId, Object action, String actor) {
        String text = action == null ? "" : action.toString().strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_DELAY_ACTION,
                    "must say what was done (courier chased, new date), at most 500 characters");
        }
        Shipment shipment = shipments.findByOrderId(orderId).orElseThrow();
        shipment.delayHandled(text);
        audit.record(actor, "TRADING_DELAY_HANDLED", orders.findById(orderId).map(TradingOrder::number).orElse(null),
                text);
    }

    /** The promise of the order's shipment, for the diagram's "Promise passed" timer. */
    @Transactional(readOnly = true)
    public Date promisedBy(long orderId) {
        return shipments.findByOrderId(orderId).map(Shipment::promisedBy).map(Date::from)
                .orElseThrow(() -> new IllegalStateException("Order " + orderId + " has no booked shipment"));
    }
}
