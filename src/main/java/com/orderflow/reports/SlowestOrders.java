package com.orderflow.reports;

import static com.orderflow.reports.ReportTable.Kind.LINK;
import static com.orderflow.reports.ReportTable.Kind.TEXT;
import static com.orderflow.reports.ReportTable.Kind.TIME;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The slowest orders behind a line of the bottleneck list or the status table: the tasks of one
 * step (and person) completed in the range, or the orders placed in the range, by the time they
 * spent there, slowest first. Read from the facts (stored, plus what changed since the roll-up).
 */
@Service
public class SlowestOrders {
    static final int LIMIT = 20;

    private final FactStore facts;
    private final RollupStore store;
    private final EngineHistory engine;
    private final ShopFacts shop;
    private final OrderFactBuilder builder;
    private final ShopClock clock;

    SlowestOrders(FactStore facts, RollupStore store, EngineHistory engine, ShopFacts shop, OrderFactBuilder builder,
            ShopClock clock) {
        this.facts = facts;
        this.store = store;
        this.engine = engine;
        this.shop = shop;
        this.builder = builder;
        this.clock = clock;
    }

    /**
     * @param kind     "task" (key = task definition key) or "status" (key = an order status)
     * @param channels for statuses: "advance" (advance bookings only) or "others" (all but them)
     * @throws InvalidInputException naming {@code kind} or {@code key} when they name nothing
     */
    @Transactional(readOnly = true)
    public Report report(ReportRange range, String kind, String key, String person, String channels, CurrentUser user) {
        ReportPermissions.check(user, ReportPermissions.Action.VIEW_SHOP);
        if ("task".equals(kind)) {
            return tasks(range, key, person);
        }
        if ("status".equals(kind)) {
            if (!StatusReport.STATUSES.contains(key)) {
                throw new InvalidInputException("key", "must be one of " + StatusReport.STATUSES);
            }
            return statuses(range, key, "advance".equals(channels));
        }
        throw new InvalidInputException("kind", "must be task or status");
    }

    private Report tasks(ReportRange range, String taskKey, String person) {
        Instant watermark = store.watermark();
        Instant from = range.start(clock);
        Instant to = range.end(clock);
        List<TaskFact> all = new ArrayList<>();
        if (watermark == null) {
            all.addAll(engine.tasksCompleted(from, to));
        } else {
            all.addAll(facts.tasks(range.from(), range.to(), person));
            if (watermark.isBefore(to)) {
                all.addAll(engine.tasksCompleted(watermark.isAfter(from) ? watermark : from, to));
            }
        }
        TableBuilder table = new TableBuilder("slowest").column("order", LINK).column("person", TEXT)
                .column("total", TIME).column("queue", TIME).column("work", TIME);
        all.stream().filter(t -> t.taskKey().equals(taskKey) && (person == null || person.equals(t.person())))
                .sorted(Comparator.comparingLong(TaskFact::totalMs).reversed()).limit(LIMIT)
                .forEach(t -> table.row(link(t.orderNumber()), t.person(), new ReportTable.Time(t.totalMs(), false),
                        ReportTable.Time.of(t.queueMs()), new ReportTable.Time(t.workMs(), false)));
        return result(range, table);
    }

    private Report statuses(ReportRange range, String status, boolean advance) {
        ToLongFunction<OrderFact> time = timeIn(status);
        Instant watermark = store.watermark();
        Map<Long, OrderFact> byId = new HashMap<>();
        Instant since = watermark == null ? range.start(clock) : watermark;
        if (watermark != null) {
            facts.ordersPlaced(range.from(), range.to()).forEach(f -> byId.put(f.orderId(), f));
        }
        Set<Long> touched = shop.ordersTouchedSince(since);
        builder.facts(touched).forEach(f -> byId.put(f.orderId(), f));
        TableBuilder table = new TableBuilder("slowest").column("order", LINK).column("person", TEXT)
                .column("total", TIME).column("queue", TIME).column("work", TIME);
        byId.values().stream().filter(f -> range.contains(f.placedDay()) && time.applyAsLong(f) >= 0
                && advance == "ADVANCE_BOOKING".equals(f.channel()))
                .sorted(Comparator.comparingLong(time).reversed()).limit(LIMIT)
                .forEach(f -> table.row(link(f.number()), responsible(f, status),
                        new ReportTable.Time(time.applyAsLong(f), false), null, null));
        return result(range, table);
    }

    private static ToLongFunction<OrderFact> timeIn(String status) {
        return f -> {
            Long ms = switch (status) {
                case "RECEIVED" -> f.receivedMs();
                case "PACKED" -> f.packedMs();
                case "BILLED" -> f.billedMs();
                case "READY_FOR_DISPATCH" -> f.readyMs();
                default -> f.outMs();
            };
            return ms == null ? -1 : ms;
        };
    }

    private static String responsible(OrderFact f, String status) {
        String who = switch (status) {
            case "RECEIVED" -> f.packer();
            case "PACKED", "BILLED" -> f.biller();
            default -> f.deliveryBoy();
        };
        return who == null ? "" : who;
    }

    private static Report result(ReportRange range, TableBuilder table) {
        return new Report("slowest", range, List.of(table.build()), new Report.Chart("bar", List.of(), false, List.of()),
                table.isEmpty(), List.of());
    }

    private static ReportTable.Link link(String orderNumber) {
        return orderNumber == null ? null : new ReportTable.Link(orderNumber, "/orders/" + orderNumber);
    }

}
