package com.orderflow.trading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * Order management and the warehouse (E1 1003, 1005–1007): stock allocated from our own warehouse
 * when every line is there (else the vendor supplies the whole order), picking, quality control with
 * each unit's serial scanned against its line, and packing. A serial that does not have the product's
 * shape, or that any unit already has, is refused naming it; nothing of a refused scan is kept.
 */
@Service
public class Warehouse {
    static final int MAX_WEIGHT_GRAMS = 200_000;

    private final TradingOrders orders;
    private final TradingProducts products;
    private final TradingUnits units;
    private final TradingPermissions permissions;
    private final AuditLog audit;
    private final ShopClock clock;

    Warehouse(TradingOrders orders, TradingProducts products, TradingUnits units, TradingPermissions permissions,
            AuditLog audit, ShopClock clock) {
        this.orders = orders;
        this.products = products;
        this.units = units;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reserves the order's goods in our warehouse when all of them are free there; otherwise the
     * vendor supplies the order (nothing is reserved). Products are locked in id order.
     */
    @Transactional
    public Sourcing allocate(long orderId) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        Map<Long, TradingProduct> locked = products.lockAll(order.lines().stream().map(TradingOrderLine::productId)
                .sorted().toList()).stream().collect(Collectors.toMap(TradingProduct::id, Function.identity()));
        boolean inStock = order.lines().stream().allMatch(l -> locked.get(l.productId()).available() >= l.quantity());
        if (inStock) {
            order.lines().forEach(l -> locked.get(l.productId()).reserve(l.quantity()));
        }
        Sourcing sourcing = inStock ? Sourcing.OWN_STOCK : Sourcing.VENDOR;
        order.source(sourcing);
        products.flush();
        audit.record("system", "TRADING_STOCK_ALLOCATED", order.number(), sourcing == Sourcing.OWN_STOCK
                ? "reserved in our warehouse" : "not all in our warehouse: bought from the vendor");
        return sourcing;
    }

    @Transactional
    public void picked(long orderId, Object allPicked, String actor) {
        if (!Boolean.TRUE.equals(allPicked)) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_ALL_PICKED, "must be ticked once every item is picked");
        }
        TradingOrder order = orders.lock(orderId).orElseThrow();
        order.markPicked();
        audit.record(actor, "TRADING_PICKED", order.number(), order.itemsSummary());
    }

    /**
     * One serial scanned for one unit of an order (the warehouse's scanner page or the API): the
     * line is the one of the product whose serial shape fits and that still has a unit without one.
     */
    @Transactional
    public SerialView scan(String orderNumber, String serial, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.SCAN_SERIALS);
        TradingOrder found = orders.findByNumber(orderNumber).orElseThrow(() -> new NotFoundException("No trading order "
                + orderNumber));
        TradingOrder order = orders.lock(found.id()).orElseThrow();
        if (order.state() != TradingState.PICKED) {
            throw new ConflictException("Order " + order.number() + " is " + order.state()
                    + "; serials are scanned at quality control, after picking");
        }
        TradingUnit unit = record(order, serial, "serial", user.id());
        return new SerialView(order.number(), unit.serial(), lineOf(order, unit).sku(), missingSerials(order));
    }

    /**
     * Quality control completed in Tasklist: the serials typed or scanned into its form (one per line)
     * are recorded, then every unit must have one, the accessories be complete and the goods undamaged.
     */
    @Transactional
    public void qualityChecked(long orderId, Object serials, Object accessories, Object noDamage, String actor) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(accessories)) {
            problems.add(new FieldProblem(TradingOrderProcess.FIELD_ACCESSORIES, "must be ticked: every accessory checked"));
        }
        if (!Boolean.TRUE.equals(noDamage)) {
            problems.add(new FieldProblem(TradingOrderProcess.FIELD_NO_DAMAGE,
                    "must be ticked; damaged goods go back to the vendor, not to the customer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (order.state() != TradingState.PICKED) {
            throw new ConflictException("Order " + order.number() + " is " + order.state() + ", not picked");
        }
        Set<String> typed = new LinkedHashSet<>();
        for (String line : (serials == null ? "" : serials.toString()).split("[\\r\\n,;]+")) {
            if (!line.isBlank() && !typed.add(normal(line))) {
                throw new InvalidInputException(TradingOrderProcess.FIELD_SERIALS, "lists " + normal(line) + " twice");
            }
        }
        for (String serial : typed) {
            record(order, serial, TradingOrderProcess.FIELD_SERIALS, actor);
        }
        int missing = missingSerials(order);
        if (missing > 0) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_SERIALS, missing + " of " + order.unitCount()
                    + " unit(s) have no serial yet: scan one serial per unit");
        }
        order.markChecked();
        audit.record(actor, "TRADING_QC_PASSED", order.number(), "serials " + String.join(", ",
                units.findByOrderIdOrderByIdAsc(orderId).stream().map(TradingUnit::serial).toList()));
    }

    @Transactional
    public void packed(long orderId, Object weightGrams, String actor) {
        Integer grams = weightGrams instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? n.intValue() : null;
        if (grams == null || grams < 1 || grams > MAX_WEIGHT_GRAMS) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_PACKED_WEIGHT,
                    "must be the packed weight in whole grams, 1 to " + MAX_WEIGHT_GRAMS);
        }
        TradingOrder order = orders.lock(orderId).orElseThrow();
        order.markPacked(grams);
        audit.record(actor, "TRADING_PACKED", order.number(), grams + " g");
    }

    /** The units to scan at quality control, in words: "Split AC 1.5 ton × 2 (serial like ^AC[0-9]{8}$)". */
    @Transactional(readOnly = true)
    public String unitsToScan(long orderId) {
        TradingOrder order = orders.findById(orderId).orElseThrow();
        return String.join("; ", order.lines().stream().map(l -> l.name() + " × " + l.quantity() + " (serial "
                + products.findById(l.productId()).orElseThrow().serialPattern() + ")").toList());
    }

    /** The serials recorded so far for an order. */
    @Transactional(readOnly = true)
    public List<SerialView> serialsOf(String orderNumber) {
        TradingOrder order = orders.findByNumber(orderNumber).orElseThrow(() -> new NotFoundException("No trading order "
                + orderNumber));
        int missing = missingSerials(order);
        return units.findByOrderIdOrderByIdAsc(order.id()).stream()
                .map(u -> new SerialView(order.number(), u.serial(), lineOf(order, u).sku(), missing)).toList();
    }

    private TradingUnit record(TradingOrder order, String raw, String field, String actor) {
        String serial = normal(raw);
        if (serial.isEmpty() || serial.length() > 60) {
            throw new InvalidInputException(field, "must be a serial number of 1 to 60 characters");
        }
        List<TradingOrderLine> open = order.lines().stream()
                .filter(l -> units.countByLineId(l.id()) < l.quantity()).toList();
        if (open.isEmpty()) {
            throw new InvalidInputException(field, serial + ": every unit of " + order.number() + " has its serial already");
        }
        Optional<TradingOrderLine> fitting = open.stream().sorted(Comparator.comparingInt(TradingOrderLine::lineNo))
                .filter(l -> products.findById(l.productId()).map(p -> p.fitsSerial(serial)).orElse(false)).findFirst();
        if (fitting.isEmpty()) {
            throw new InvalidInputException(field, serial + " is not a serial of " + String.join(" or ",
                    open.stream().map(l -> l.name() + " (" + products.findById(l.productId()).orElseThrow().serialPattern()
                            + ")").toList()));
        }
        TradingOrderLine line = fitting.get();
        Optional<TradingUnit> taken = units.findByProductIdAndSerial(line.productId(), serial);
        if (taken.isPresent()) {
            String where = taken.get().orderId() == order.id() ? "this order"
                    : orders.findById(taken.get().orderId()).map(TradingOrder::number).orElse("another order");
            throw new InvalidInputException(field, serial + " was already scanned for " + where
                    + ": each unit has its own serial");
        }
        TradingUnit unit = units.saveAndFlush(new TradingUnit(order.id(), line.id(), line.productId(), serial, actor,
                clock.now()));
        audit.record(actor, "TRADING_SERIAL_SCANNED", order.number(), line.sku() + " " + serial);
        return unit;
    }

    private int missingSerials(TradingOrder order) {
        return order.lines().stream().mapToInt(l -> (int) (l.quantity() - units.countByLineId(l.id()))).sum();
    }

    private static TradingOrderLine lineOf(TradingOrder order, TradingUnit unit) {
        return order.lines().stream().filter(l -> l.id() == unit.lineId()).findFirst().orElseThrow();
    }

    private static String normal(String serial) {
        return serial == null ? "" : serial.strip().toUpperCase(Locale.ROOT);
    }
}
