package com.orderflow.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.orderflow.delivery.ZoneService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.ShopClock;

/**
 * Makes {@link OrderFact}s from what the shop's tables say now ({@link ShopFacts}). The zone is the
 * one the order's delivery stop was planned in, else the one the order was placed in (as the order
 * list shows it); an order from before orders kept their zone gets what the zone table decides for
 * its address today.
 */
@Component
class OrderFactBuilder {
    private static final Set<String> FINAL = Set.of("DELIVERED", "CANCELLED", "RETURNED");

    private final ShopFacts shop;
    private final EngineHistory engine;
    private final ZoneService zones;
    private final ZoneId zone;

    OrderFactBuilder(ShopFacts shop, EngineHistory engine, ZoneService zones, ShopClock clock) {
        this.shop = shop;
        this.engine = engine;
        this.zones = zones;
        this.zone = clock.zone();
    }

    /** The facts of these orders as of now (unknown ids are left out). */
    List<OrderFact> facts(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        ShopFacts.RawOrders raw = shop.read(orderIds);
        Set<String> shortAtPacking = engine.ordersThatReached(OrderFulfilmentProcess.TASK_RESOLVE_STOCK_SHORTAGE,
                raw.idsByNumber.keySet());
        Map<String, String> zoneByAddress = new HashMap<>();
        List<OrderFact> facts = new ArrayList<>();
        raw.forEachOrder(order -> facts.add(fact(order, raw, shortAtPacking, zoneByAddress)));
        return facts;
    }

    private OrderFact fact(ShopFacts.RawOrder o, ShopFacts.RawOrders raw, Set<String> shortAtPacking,
            Map<String, String> zoneByAddress) {
        List<ShopFacts.Change> changes = raw.changes.getOrDefault(o.id(), List.of());
        Instant dispatched = first(changes, "OUT_FOR_DELIVERY");
        Instant delivered = first(changes, "DELIVERED");
        Instant finalAt = FINAL.contains(o.status()) ? last(changes, o.status()) : null;
        boolean cancelled = OrderStatus.CANCELLED.name().equals(o.status());
        BigDecimal billed = raw.bills.getOrDefault(o.id(), List.of()).stream()
                .filter(b -> !"SUPERSEDED".equals(b.status())).map(ShopFacts.RawBill::grandTotal)
                .reduce(DayRow.ZERO, BigDecimal::add);
        BigDecimal credited = raw.credited.getOrDefault(o.number(), DayRow.ZERO);
        String biller = raw.bills.getOrDefault(o.id(), List.of()).stream().map(ShopFacts.RawBill::issuedBy)
                .findFirst().orElse(null);
        ShopFacts.RawStop stop = raw.stops.get(o.number());
        ShopFacts.RawReturn returned = raw.returns.get(o.number());
        boolean wasReturned = returned != null || OrderStatus.RETURNED.name().equals(o.status());
        Instant returnedAt = returned != null ? returned.openedAt() : last(changes, "RETURNED");
        String deliveryBoy = o.deliveryBoy() != null ? o.deliveryBoy() : stop == null ? null : stop.completedBy();
        String packer = raw.packers.get(o.number());
        String zoneName = stop != null ? stop.zone() : o.zone() != null ? o.zone() : zoneByAddress.computeIfAbsent(
                (o.pincode() == null ? "" : o.pincode()) + "|" + ZoneService.localityKey(o.locality()),
                k -> zones.zoneOf(o.pincode(), o.locality()));
        List<OrderFact.Line> lines = raw.lines.getOrDefault(o.id(), List.of());
        Map<OrderStatus, Long> inStatus = timeInStatus(changes);
        String locality = o.locality() == null ? "" : o.locality().trim();
        return new OrderFact(o.id(), o.number(), o.channel(), o.createdAt(), day(o.createdAt()), o.status(),
                day(finalAt), cancelled, blankToNull(o.cancelReason()), raw.replacements.contains(o.number()),
                o.customerPhone(), o.customerName(), zoneName, ZoneService.localityKey(locality),
                locality.length() > 120 ? locality.substring(0, 120) : locality,
                lines.stream().mapToInt(OrderFact.Line::quantity).sum(), o.total(), billed, credited,
                cancelled ? DayRow.ZERO : billed.subtract(credited), dispatched, day(dispatched), delivered,
                day(delivered), o.promisedBy(), wasReturned,
                wasReturned ? (returned != null ? returned.reason() : "OTHER") : null, day(returnedAt),
                shortAtPacking.contains(o.number()) || raw.shortages.contains(o.number()), packer, biller, deliveryBoy,
                inStatus.get(OrderStatus.RECEIVED), inStatus.get(OrderStatus.PACKED), inStatus.get(OrderStatus.BILLED),
                inStatus.get(OrderStatus.READY_FOR_DISPATCH), inStatus.get(OrderStatus.OUT_FOR_DELIVERY), lines);
    }

    /**
     * Time per status, summed over visits; a visit counts once the order moved on to another status
     * that is not a cancellation (a cancelled order did not wait to move on).
     */
    static Map<OrderStatus, Long> timeInStatus(List<ShopFacts.Change> changes) {
        Map<OrderStatus, Long> time = new EnumMap<>(OrderStatus.class);
        for (int i = 0; i + 1 < changes.size(); i++) {
            ShopFacts.Change here = changes.get(i);
            ShopFacts.Change next = changes.get(i + 1);
            if (!"CANCELLED".equals(next.toStatus()) && !here.toStatus().equals(next.toStatus())) {
                time.merge(OrderStatus.valueOf(here.toStatus()), next.at().toEpochMilli() - here.at().toEpochMilli(),
                        Long::sum);
            }
        }
        return time;
    }

    private LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }

    private static Instant first(List<ShopFacts.Change> changes, String status) {
        return changes.stream().filter(c -> c.toStatus().equals(status)).map(ShopFacts.Change::at).findFirst()
                .orElse(null);
    }

    private static Instant last(List<ShopFacts.Change> changes, String status) {
        Instant last = null;
        for (ShopFacts.Change change : changes) {
            if (change.toStatus().equals(status)) {
                last = change.at();
            }
        }
        return last;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
