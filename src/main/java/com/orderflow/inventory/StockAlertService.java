package com.orderflow.inventory;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.StockPermissions.Action;
import com.orderflow.inventory.process.StockReviewProcess;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Stock alerts (K3): a review takes a snapshot of the stock, lets the rules decide what deserves
 * attention, and keeps only alerts whose condition has no open alert yet.
 */
@Service
public class StockAlertService {
    /** How an admin may close an alert (the handle-stock-alert form offers the same values). */
    public static final Set<String> RESOLUTIONS = Set.of("reordered", "transferred", "discounted", "written-off",
            "no-action");

    private final StockRules rules;
    private final StockAlerts alerts;
    private final Products products;
    private final Batches batches;
    private final StockBalances balances;
    private final LedgerEntries entries;
    private final RuntimeService runtime;
    private final AuditLog audit;
    private final ShopClock clock;
    private final int expiryWarningDays;
    private final int slowMovingDays;
    private final int slowMovingMaxUnits;

    StockAlertService(StockRules rules, StockAlerts alerts, Products products, Batches batches, StockBalances balances,
            LedgerEntries entries, RuntimeService runtime, AuditLog audit, ShopClock clock,
            @Value("${orderflow.inventory.expiry-warning-days:3}") int expiryWarningDays,
            @Value("${orderflow.inventory.slow-moving-days:14}") int slowMovingDays,
            @Value("${orderflow.inventory.slow-moving-max-units:2}") int slowMovingMaxUnits) {
        this.rules = rules;
        this.alerts = alerts;
        this.products = products;
        this.batches = batches;
        this.balances = balances;
        this.entries = entries;
        this.runtime = runtime;
        this.audit = audit;
        this.clock = clock;
        this.expiryWarningDays = expiryWarningDays;
        this.slowMovingDays = slowMovingDays;
        this.slowMovingMaxUnits = slowMovingMaxUnits;
    }

    /** An alert as a task or a page shows it. */
    public record AlertView(Long id, AlertKind kind, String sku, String message, String status, Instant raisedAt,
            String closedBy, String resolution) {
        static AlertView of(StockAlert a) {
            return new AlertView(a.id(), a.kind(), a.sku(), a.message(), a.status().name(), a.raisedAt(), a.closedBy(),
                    a.resolution());
        }
    }

    /** Starts an on-demand stock review (the message start of stock-review); answers its process instance id. */
    @Transactional
    public String requestReview(CurrentUser user) {
        StockPermissions.check(user, Action.REVIEW);
        audit.record(user.id(), "STOCK_REVIEW_REQUESTED", null, null);
        return runtime.startProcessInstanceByMessage(StockReviewProcess.MESSAGE_REVIEW_REQUESTED).getId();
    }

    /** Runs the rules and opens an alert for each condition that has none open; answers the new alerts' ids. */
    @Transactional
    public List<Long> review() {
        List<Long> opened = new ArrayList<>();
        for (RaisedAlert raised : rules.evaluate(snapshot())) {
            if (!alerts.existsByOpenKey(raised.conditionKey())) {
                opened.add(alerts.save(new StockAlert(raised, clock.now())).id());
            }
        }
        return opened;
    }

    @Transactional(readOnly = true)
    public AlertView alert(Long id) {
        return alerts.findById(id).map(AlertView::of).orElseThrow(() -> new NotFoundException("No stock alert " + id));
    }

    /** An alert for the engine's adapters (no user, no permission check); empty when there is none. */
    @Transactional(readOnly = true)
    public java.util.Optional<AlertView> find(long id) {
        return alerts.findById(id).map(AlertView::of);
    }

    /** "Walnut Barfi 1 kg", as a cashier says it; empty for an unknown SKU. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> productName(String sku) {
        return sku == null ? java.util.Optional.empty() : products.findBySku(sku).map(Product::displayName);
    }

    /** Open alerts, newest first, for whoever may see the stock. */
    @Transactional(readOnly = true)
    public List<AlertView> openAlerts(CurrentUser user) {
        StockPermissions.check(user, Action.VIEW);
        return alerts.findByStatusOrderByIdDesc(StockAlert.Status.OPEN).stream().map(AlertView::of).toList();
    }

    /** Closes an alert the way the admin handled it; the condition may raise a new alert from then on. */
    @Transactional
    public void close(Long id, String actor, String resolution, String note) {
        StockAlert alert = alerts.findById(id).orElseThrow(() -> new NotFoundException("No stock alert " + id));
        if (resolution == null || !RESOLUTIONS.contains(resolution)) {
            throw new InvalidInputException("resolution", "must be one of " + new java.util.TreeSet<>(RESOLUTIONS));
        }
        if (alert.status() == StockAlert.Status.OPEN) {
            alert.close(actor, resolution, note == null || note.isBlank() ? null : note.trim(), clock.now());
            audit.record(actor, "STOCK_ALERT_CLOSED", null, alert.conditionKey() + ": " + resolution
                    + (note == null || note.isBlank() ? "" : " — " + note.trim()));
        }
    }

    /** What the rules see: saleable stock per product and batch, units sold in the window, first receipts. */
    StockFacts.Snapshot snapshot() {
        var today = clock.today();
        var thresholds = new StockFacts.Thresholds(today, expiryWarningDays, slowMovingDays, slowMovingMaxUnits);
        Instant windowStart = clock.at(today.minusDays(slowMovingDays), LocalTime.MIDNIGHT).toInstant();
        Map<Long, Integer> sold = new HashMap<>();
        for (Object[] row : entries.unitsSoldSince(windowStart)) {
            sold.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Instant> firstReceipt = new HashMap<>();
        for (Object[] row : entries.firstReceipts()) {
            firstReceipt.put((Long) row[0], (Instant) row[1]);
        }
        Map<Long, Batch> batchById = new HashMap<>();
        batches.findAll().forEach(b -> batchById.put(b.id(), b));
        Map<Long, Integer> saleableByBatch = new HashMap<>();
        for (StockBalance b : balances.findAll()) {
            if (b.pool() != Pool.RETURN) {
                saleableByBatch.merge(b.batchId(), b.quantity(), Integer::sum);
            }
        }
        List<StockFacts.ProductFact> productFacts = new ArrayList<>();
        List<StockFacts.BatchFact> batchFacts = new ArrayList<>();
        for (Product p : products.findAll()) {
            int onHand = 0;
            for (Batch batch : batchById.values()) {
                if (!batch.productId().equals(p.id())) {
                    continue;
                }
                int quantity = saleableByBatch.getOrDefault(batch.id(), 0);
                if (quantity > 0) {
                    batchFacts.add(new StockFacts.BatchFact(p.sku(), p.displayName(), batch.batchNumber(),
                            batch.expiryDate(), quantity));
                    if (!batch.isExpiredOn(today)) {
                        onHand += quantity;
                    }
                }
            }
            Instant first = firstReceipt.get(p.id());
            productFacts.add(new StockFacts.ProductFact(p.sku(), p.displayName(), p.reorderLevel(), onHand,
                    sold.getOrDefault(p.id(), 0), first != null && first.isBefore(windowStart)));
        }
        return new StockFacts.Snapshot(thresholds, productFacts, batchFacts);
    }
}
