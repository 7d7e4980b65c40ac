package com.orderflow.trading;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * A shipment's tracking scans (E2, S2), from a courier's signed webhook, a polling pass or Dispatch's
 * hand: each scan is kept once (the same scan again changes nothing), a scan that arrives late
 * (after a later one) is kept in the history and moves nothing back, and the order's process is told
 * every stage the shipment has reached, in order, once. Delivered is told only with its proof (and,
 * cash on delivery, the cash collected): until then the order waits at "Delivered with proof".
 */
@Service
public class ShipmentTracking {
    private static final Logger log = LoggerFactory.getLogger(ShipmentTracking.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final List<ShipmentStage> ON_THE_WAY = List.of(ShipmentStage.PICKED_UP, ShipmentStage.IN_TRANSIT,
            ShipmentStage.AT_HUB, ShipmentStage.OUT_FOR_DELIVERY);

    private final ShipmentsRepository shipments;
    private final Scans scans;
    private final TradingOrders orders;
    private final Couriers couriers;
    private final DeliveryProofs proofs;
    private final TradingPermissions permissions;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ShopClock clock;
    private final TransactionTemplate transaction;

    ShipmentTracking(ShipmentsRepository shipments, Scans scans, TradingOrders orders, Couriers couriers,
            DeliveryProofs proofs, TradingPermissions permissions, RuntimeService runtime, AuditLog audit,
            ShopClock clock, PlatformTransactionManager transactions) {
        this.shipments = shipments;
        this.scans = scans;
        this.orders = orders;
        this.couriers = couriers;
        this.proofs = proofs;
        this.permissions = permissions;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What became of a scan: RECORDED (kept; {@code moved} when it moved the shipment on) or REPEATED (known). */
    public record ScanOutcome(String outcome, String awb, String stage, boolean moved) {
    }

    /** A scan typed by Dispatch, as the courier reported it. */
    public record ManualScan(String code, String location, Instant at) {
    }

    /**
     * A courier's webhook, its signature already checked ({@link #signedBy}).
     *
     * @throws InvalidInputException for a body that is no scan, an unknown code or an AWB of no shipment
     */
    @Transactional
    public ScanOutcome fromWebhook(String carrier, byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new InvalidInputException("body", "is not a JSON scan {scanId, awb, code, location, at}");
        }
        if (json == null || !json.isObject()) {
            throw new InvalidInputException("body", "is not a JSON scan {scanId, awb, code, location, at}");
        }
        CourierClient.CourierScan scan;
        try {
            scan = HttpCourier.scanOf(json, null);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("at", "must be an ISO-8601 instant such as 2026-03-05T10:15:00Z");
        }
        String awb = scan.awb() == null ? "" : scan.awb().strip().toUpperCase(Locale.ROOT);
        Shipment shipment = shipments.findByCarrierAndAwb(carrier, awb).orElseThrow(() ->
                new InvalidInputException("awb", "'" + awb + "' is not a shipment of courier " + carrier));
        return take(shipment, scan, "WEBHOOK", "courier:" + carrier);
    }

    /** Whether the body carries the courier's webhook signature; false for an unknown courier. */
    public boolean signedBy(String carrier, byte[] body, String signature) {
        return couriers.find(carrier).map(c -> c.signedBy(body, signature)).orElse(false);
    }

    /** Dispatch types a scan the courier reported, by AWB. */
    @Transactional
    public ScanOutcome manual(String awb, ManualScan scan, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.DISPATCH);
        String key = awb == null ? "" : awb.strip().toUpperCase(Locale.ROOT);
        Shipment shipment = shipments.findFirstByAwbOrderByIdDesc(key)
                .orElseThrow(() -> new InvalidInputException("awb", "'" + key + "' is not the AWB of any shipment"));
        ManualScan given = scan == null ? new ManualScan(null, null, null) : scan;
        return take(shipment, new CourierClient.CourierScan(null, key, given.code(), given.location(),
                given.at() == null ? clock.now() : given.at(), null, null, null), "MANUAL", user.id());
    }

    /** One polling pass over a courier's shipments on the way; each shipment in its own transaction. */
    public int poll(String carrier) {
        CourierClient courier = couriers.get(carrier);
        List<Long> ids = shipments.findByCarrierAndStateIn(carrier, EnumSet.of(ShipmentStage.BOOKED,
                ShipmentStage.PICKED_UP, ShipmentStage.IN_TRANSIT, ShipmentStage.AT_HUB, ShipmentStage.OUT_FOR_DELIVERY,
                ShipmentStage.DELIVERED)).stream().map(Shipment::id).toList();
        int recorded = 0;
        for (Long id : ids) {
            try {
                recorded += transaction.execute(status -> {
                    Shipment shipment = shipments.findById(id).orElseThrow();
                    int kept = 0;
                    for (CourierClient.CourierScan scan : courier.poll(shipment.awb())) {
                        if ("RECORDED".equals(take(shipment, scan, "POLL", "courier:" + carrier).outcome())) {
                            kept++;
                        }
                    }
                    return kept;
                });
            } catch (RuntimeException e) {
                // one shipment's bad answer must not stop the others; the next pass asks again
                log.warn("Polling {} for shipment {} failed: {}", carrier, id, e.toString());
            }
        }
        return recorded;
    }

    /** Tells the process what the shipment reached, now that a proof or the cash arrived. */
    @Transactional
    public void tellAgain(long shipmentId) {
        Shipment shipment = shipments.lock(shipmentId).orElseThrow();
        tell(shipment);
    }

    private ScanOutcome take(Shipment found, CourierClient.CourierScan scan, String source, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ShipmentStage> stage = ShipmentStage.ofScanCode(scan.code());
        if (stage.isEmpty()) {
            problems.add(new FieldProblem("code", "must be one of PICKED_UP, IN_TRANSIT, AT_HUB, OUT_FOR_DELIVERY,"
                    + " DELIVERED or RETURNED (RTO)"));
        }
        if (scan.at() == null) {
            problems.add(new FieldProblem("at", "is required: when the courier scanned it"));
        } else if (scan.at().isAfter(clock.now().plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem("at", "is in the future"));
        }
        if (scan.location() != null && scan.location().length() > 120) {
            problems.add(new FieldProblem("location", "must be at most 120 characters"));
        }
        if (scan.scanId() != null && scan.scanId().length() > 100) {
            problems.add(new FieldProblem("scanId", "must be at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Shipment shipment = shipments.lock(found.id()).orElseThrow();
        if (shipment.bookedAt() == null) {
            throw new ConflictException("Shipment of order " + shipment.orderId() + " is not booked yet");
        }
        String key = scan.scanId() != null && !scan.scanId().isBlank() ? "id:" + scan.scanId().strip()
                : stage.get() + "@" + scan.at() + "@" + (scan.location() == null ? "" : scan.location().strip());
        if (scans.existsByShipmentIdAndScanKey(shipment.id(), key)) {
            return new ScanOutcome("REPEATED", shipment.awb(), shipment.state().name(), false);
        }
        scans.saveAndFlush(new Scan(shipment.id(), key, stage.get(), scan.location(), scan.at(), clock.now(), source,
                actor));
        boolean moved = shipment.advanceTo(stage.get(), scan.at());
        if (stage.get() == ShipmentStage.DELIVERED) {
            proofs.fromCourier(shipment, scan, actor);
        }
        shipments.flush();
        String number = orders.findById(shipment.orderId()).map(TradingOrder::number).orElse(null);
        audit.record(actor, "TRADING_SCAN", number, shipment.awb() + " " + stage.get() + " at " + scan.at()
                + (scan.location() == null ? "" : " " + scan.location()) + (moved ? "" : " (kept; moved nothing)"));
        tell(shipment);
        return new ScanOutcome("RECORDED", shipment.awb(), shipment.state().name(), moved);
    }

    private void tell(Shipment shipment) {
        TradingOrder order = orders.lock(shipment.orderId()).orElseThrow();
        if (shipment.state() == ShipmentStage.RETURNED) {
            if (shipment.toldStage() != ShipmentStage.RETURNED) {
                shipment.told(ShipmentStage.RETURNED);
                correlate(order, ShipmentStage.RETURNED);
            }
            return;
        }
        for (ShipmentStage stage : ON_THE_WAY) {
            if (stage.ordinal() <= shipment.state().ordinal() && stage.ordinal() > shipment.toldStage().ordinal()) {
                shipment.told(stage);
                correlate(order, stage);
            }
        }
        if (shipment.state() == ShipmentStage.DELIVERED && shipment.toldStage() != ShipmentStage.DELIVERED
                && proofs.complete(shipment, order)) {
            order.markDelivered();
            if (order.paymentMode() == PaymentMode.COD) {
                order.markCollected(shipment.codCollected(), shipment.deliveredAt());
            }
            shipment.told(ShipmentStage.DELIVERED);
            orders.flush();
            correlate(order, ShipmentStage.DELIVERED);
        }
        shipments.flush();
    }

    private void correlate(TradingOrder order, ShipmentStage stage) {
        runtime.createMessageCorrelation(stage.message()).processInstanceBusinessKey(order.number()).correlateAll();
    }

    /** The shipment of an order, for the pages; empty before Dispatch chose a courier. */
    @Transactional(readOnly = true)
    public Optional<ShipmentView> shipmentOf(String orderNumber) {
        return orders.findByNumber(orderNumber).flatMap(o -> shipments.findByOrderId(o.id())).map(this::view);
    }

    ShipmentView view(Shipment s) {
        String name = couriers.find(s.carrier()).map(CourierClient::name).orElse(s.carrier());
        return new ShipmentView(s.carrier(), name, s.awb(), s.lane(), s.state(), s.bookedAt(), s.promisedBy(),
                s.lastScanAt(), s.deliveredAt(), s.deliveryOtp(), s.proofKind() == null ? null : s.proofKind().name(),
                s.codCollected(), s.delayRaisedAt(), s.delayReason(), s.delayAction(),
                scans.findByShipmentIdOrderByScannedAtAscIdAsc(s.id()).stream()
                        .map(x -> new ShipmentView.ScanLine(x.code(), x.location(), x.scannedAt(), x.source())).toList());
    }

    static NotFoundException noShipment(String orderNumber) {
        return new NotFoundException("Order " + orderNumber + " has no shipment");
    }
}
