package com.orderflow.trading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.tracking.SignedTokens;

/** Reading trading orders: the board, one order with everything about it, and lookups for the engine's adapters. */
@Service
public class TradingQueries {
    static final int BOARD_SIZE = 200;

    private final TradingOrders orders;
    private final StepRecords steps;
    private final ShipmentsRepository shipments;
    private final ShipmentTracking tracking;
    private final TransitPrediction prediction;
    private final TradingUnits units;
    private final Visits visits;
    private final Installations installations;
    private final WarrantyRegistry warranties;
    private final PurchaseOrders purchaseOrders;
    private final VendorSourcing sourcing;
    private final SignedTokens tokens;
    private final TradingMessages messages;
    private final TradingPermissions permissions;

    TradingQueries(TradingOrders orders, StepRecords steps, ShipmentsRepository shipments, ShipmentTracking tracking,
            TransitPrediction prediction, TradingUnits units, Visits visits, Installations installations,
            WarrantyRegistry warranties, PurchaseOrders purchaseOrders, VendorSourcing sourcing, SignedTokens tokens,
            TradingMessages messages, TradingPermissions permissions) {
        this.orders = orders;
        this.steps = steps;
        this.shipments = shipments;
        this.tracking = tracking;
        this.prediction = prediction;
        this.units = units;
        this.visits = visits;
        this.installations = installations;
        this.warranties = warranties;
        this.purchaseOrders = purchaseOrders;
        this.sourcing = sourcing;
        this.tokens = tokens;
        this.messages = messages;
        this.permissions = permissions;
    }

    /** The newest orders with their step and progress, for the board. */
    @Transactional(readOnly = true)
    public List<TradingBoardRow> board(CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.VIEW);
        List<TradingOrder> newest = orders.findAllByOrderByIdDesc(PageRequest.of(0, BOARD_SIZE));
        List<Long> ids = newest.stream().map(TradingOrder::id).toList();
        Map<Long, List<StepRecord>> stepsByOrder = new java.util.HashMap<>();
        // one query for the steps of all orders on the board
        steps.findByOrderIdIn(ids).forEach(s -> stepsByOrder.computeIfAbsent(orderIdOf(s), k -> new ArrayList<>()).add(s));
        Map<Long, Shipment> shipmentByOrder = shipments.findByOrderIdIn(ids).stream()
                .collect(Collectors.toMap(Shipment::orderId, Function.identity()));
        return newest.stream().map(o -> {
            Optional<StepRecord> last = stepsByOrder.getOrDefault(o.id(), List.of()).stream().filter(StepRecord::isDone)
                    .max(Comparator.comparingInt(StepRecord::step));
            TradingStep step = last.flatMap(s -> TradingStep.of(s.step())).orElse(null);
            Shipment shipment = shipmentByOrder.get(o.id());
            return new TradingBoardRow(o.number(), o.customerName(), o.city(), o.total(), o.paymentMode(), o.state(), step,
                    step == null ? 0 : step.progress(), shipment == null ? null : shipment.awb(),
                    shipment != null && shipment.delayRaisedAt() != null && shipment.toldStage() != ShipmentStage.DELIVERED,
                    o.createdAt());
        }).toList();
    }

    @Transactional(readOnly = true)
    public TradingOrderView view(String number, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.VIEW);
        return view(load(number));
    }

    /** An order for the engine's adapters (task names); empty when unknown. No user, no check. */
    @Transactional(readOnly = true)
    public Optional<TradingOrderView> find(String number) {
        return orders.findByNumber(number).map(this::view);
    }

    /**
     * The id of the order of a process's business key (its number): the engine's adapters take the
     * order from the key the process was started with, never from a variable anyone could overwrite.
     */
    @Transactional(readOnly = true)
    public long idOf(String number) {
        return orders.findByNumber(number).map(TradingOrder::id)
                .orElseThrow(() -> new IllegalStateException("No trading order " + number));
    }

    /** For the process's gateways. */
    @Transactional(readOnly = true)
    public boolean prepaid(long orderId) {
        return orders.findById(orderId).orElseThrow().paymentMode() == PaymentMode.PREPAID;
    }

    @Transactional(readOnly = true)
    public boolean ownStock(long orderId) {
        return orders.findById(orderId).orElseThrow().sourcing() == Sourcing.OWN_STOCK;
    }

    /** The order's number and customer for task names, by id. */
    @Transactional(readOnly = true)
    public Optional<TradingOrderView> find(long orderId) {
        return orders.findById(orderId).map(this::view);
    }

    TradingOrderView view(TradingOrder o) {
        List<StepRecord> records = steps.findByOrderIdOrderByStepAsc(o.id());
        List<TradingOrderView.StepRow> rows = TradingStep.all().stream().map(step -> records.stream()
                .filter(r -> r.step() == step.id()).findFirst()
                .map(r -> new TradingOrderView.StepRow(step, r.status(), r.at(), r.actor(), r.note()))
                .orElse(new TradingOrderView.StepRow(step, "PENDING", null, null, null))).toList();
        int progress = rows.stream().filter(TradingOrderView.StepRow::done).mapToInt(r -> r.step().progress()).max()
                .orElse(0);
        Optional<Shipment> shipment = shipments.findByOrderId(o.id());
        TradingOrderView.Prediction predicted = shipment.flatMap(s -> prediction.predict(s.carrier(), s.lane(),
                s.bookedAt())).map(p -> new TradingOrderView.Prediction(p.medianBy(), p.p90By(), p.samples())).orElse(null);
        return new TradingOrderView(o.id(), o.number(), o.customerName(), o.customerPhone(), o.customerEmail(),
                o.address(), o.city(), o.pincode(), o.language(), o.paymentMode(), o.total(), o.state(), o.sourcing(),
                o.paidAmount(), o.paymentReference(), o.createdAt(), o.rating(), o.ratingComment(), o.closingReason(),
                o.refundReference(), o.lines().stream().map(l -> new TradingOrderView.Line(l.lineNo(), l.sku(), l.name(),
                        l.quantity(), l.unitPrice(), l.lineTotal())).toList(), rows, progress,
                shipment.map(tracking::view).orElse(null), predicted,
                units.findByOrderIdOrderByIdAsc(o.id()).stream().map(TradingUnit::serial).toList(),
                visits.findByOrderIdOrderByAttemptAsc(o.id()).stream().map(installations::view).toList(),
                warranties.ofOrder(o.id()),
                purchaseOrders.findByOrderIdOrderByIdAsc(o.id()).stream().map(sourcing::view).toList(),
                messages.link("track", tokens.tokenOf(TradingIntake.TRACKING_PURPOSE, o.trackingSeed())));
    }

    private TradingOrder load(String number) {
        return orders.findByNumber(number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No trading order " + number));
    }

    private static long orderIdOf(StepRecord record) {
        return record.orderId();
    }
}
