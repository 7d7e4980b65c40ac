package com.orderflow.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * Turns facts into roll-up rows: the one piece of code that says which figure of which day a fact
 * counts towards. The nightly roll-up runs it over a day's facts; the live part runs it over what
 * changed since (adding the new facts and taking the old ones away), so both always agree.
 */
@Component
class Aggregator {
    static final String WALK_IN = "WALK_IN";
    static final String ORDER_SOURCE = "ORDER";
    static final String COUNTER_ZONE = "Counter";
    static final String TASK_QUEUE = "TASK_QUEUE";
    static final String TASK_WORK = "TASK_WORK";
    /** queue + work: the task's whole time, for the bottleneck list's percentiles */
    static final String TASK_TOTAL = "TASK_TOTAL";
    static final String STATUS = "STATUS";
    static final String ACTIVITY = "ACTIVITY";

    private final ReportSettings settings;

    Aggregator(ReportSettings settings) {
        this.settings = settings;
    }

    /** Adds (sign 1) or takes away (-1) these orders' figures on the days the filter lets through. */
    void orders(Collection<OrderFact> facts, int sign, Predicate<LocalDate> days, DayRows rows) {
        for (OrderFact f : facts) {
            DayRows mine = new DayRows();
            order(f, days, mine);
            rows.addAll(mine, sign);
        }
    }

    private void order(OrderFact f, Predicate<LocalDate> days, DayRows rows) {
        if (days.test(f.placedDay())) {
            placed(f, rows);
        }
        if (f.dispatchedDay() != null && days.test(f.dispatchedDay())) {
            rows.at(DayTable.SALES, f.dispatchedDay(), f.channel()).counts[DayTable.SALES.count("dispatched")]++;
        }
        if (f.deliveredDay() != null && days.test(f.deliveredDay())) {
            delivered(f, rows);
        }
        if (f.finalDay() != null && days.test(f.finalDay())) {
            DayRow sales = rows.at(DayTable.SALES, f.finalDay(), f.channel());
            sales.counts[DayTable.SALES.count("finished")]++;
            if (f.cancelled()) {
                sales.counts[DayTable.SALES.count("cancelled_final")]++;
                String reason = f.cancelReason() == null ? "" : f.cancelReason();
                String key = reason.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                DayRow cancel = rows.at(DayTable.CANCEL, f.finalDay(), key.length() > 120 ? key.substring(0, 120) : key);
                cancel.counts[0]++;
                cancel.labels[0] = reason;
            }
            if ("RETURNED".equals(f.status())) {
                sales.counts[DayTable.SALES.count("returned_final")]++;
            }
        }
        if (f.returnDay() != null && days.test(f.returnDay())) {
            String who = causeOf(f);
            if (who != null) {
                rows.at(DayTable.PERSON, f.returnDay(), who).counts[DayTable.PERSON.count("returns_caused")]++;
            }
        }
    }

    private void placed(OrderFact f, DayRows rows) {
        LocalDate day = f.placedDay();
        DayRow sales = rows.at(DayTable.SALES, day, f.channel());
        if (f.cancelled()) {
            sales.counts[DayTable.SALES.count("cancelled")]++;
            return;
        }
        for (OrderFact.Line line : f.lines()) {
            DayRow product = rows.at(DayTable.PRODUCT, day, line.sku(), f.zone(), ORDER_SOURCE);
            product.labels[0] = line.product();
            product.labels[1] = line.size();
            product.counts[0] += line.quantity();
            product.money[0] = product.money[0].add(f.replacement() ? DayRow.ZERO : line.value());
        }
        statusDurations(f, rows);
        if (f.replacement()) {
            sales.counts[DayTable.SALES.count("replacements")]++;
            return;
        }
        sales.counts[DayTable.SALES.count("orders")]++;
        sales.counts[DayTable.SALES.count("items")] += f.items();
        sales.counts[DayTable.SALES.count("billed_orders")] += f.billedOrder() ? 1 : 0;
        sales.money[DayTable.SALES.money("booked")] = sales.money("booked").add(f.booked());
        sales.money[DayTable.SALES.money("revenue")] = sales.money("revenue").add(f.revenue());
        DayRow region = rows.at(DayTable.REGION, day, f.zone(), f.localityKey());
        region.labels[0] = f.localityName();
        region.counts[0]++;
        region.money[0] = region.money[0].add(f.revenue());
        DayRow customer = rows.at(DayTable.CUSTOMER, day, f.customerPhone());
        customer.labels[0] = f.customerName();
        customer.counts[0]++;
        customer.money[0] = customer.money[0].add(f.revenue());
    }

    private void delivered(OrderFact f, DayRows rows) {
        LocalDate day = f.deliveredDay();
        DayRow sales = rows.at(DayTable.SALES, day, f.channel());
        sales.counts[DayTable.SALES.count("delivered")]++;
        sales.counts[DayTable.SALES.count("delivered_promised")] += f.onTime() == null ? 0 : 1;
        sales.counts[DayTable.SALES.count("delivered_on_time")] += Boolean.TRUE.equals(f.onTime()) ? 1 : 0;
        sales.counts[DayTable.SALES.count("delivered_clean")] += f.clean() ? 1 : 0;
        if (f.deliveryBoy() != null) {
            DayRow person = rows.at(DayTable.PERSON, day, f.deliveryBoy());
            person.counts[DayTable.PERSON.count("delivered")]++;
            person.counts[DayTable.PERSON.count("delivered_promised")] += f.onTime() == null ? 0 : 1;
            person.counts[DayTable.PERSON.count("delivered_on_time")] += Boolean.TRUE.equals(f.onTime()) ? 1 : 0;
        }
    }

    /** Time in each status by channel (who was to move it on is in the facts, for the slowest orders). */
    private void statusDurations(OrderFact f, DayRows rows) {
        status(rows, f, "RECEIVED", f.receivedMs());
        status(rows, f, "PACKED", f.packedMs());
        status(rows, f, "BILLED", f.billedMs());
        status(rows, f, "READY_FOR_DISPATCH", f.readyMs());
        status(rows, f, "OUT_FOR_DELIVERY", f.outMs());
    }

    private static void status(DayRows rows, OrderFact f, String status, Long ms) {
        if (ms != null) {
            duration(rows, f.placedDay(), STATUS, status, f.channel(), "", ms);
        }
    }

    /** Who a return is counted against (returns caused), by its reason; null for nobody. */
    String causeOf(OrderFact f) {
        String role = f.returnReason() == null ? null : settings.returnCauses().get(f.returnReason());
        if ("PACKER".equals(role)) {
            return f.packer();
        }
        return "DELIVERY".equals(role) ? f.deliveryBoy() : null;
    }

    /** Completed tasks: queue and work time per process, task and person, on the day they were completed. */
    void tasks(Collection<TaskFact> tasks, Predicate<LocalDate> days, DayRows rows) {
        for (TaskFact t : tasks) {
            if (!days.test(t.completedDay())) {
                continue;
            }
            if (t.queueMs() != null) {
                duration(rows, t.completedDay(), TASK_QUEUE, t.processKey(), t.taskKey(), t.person(), t.queueMs());
            }
            duration(rows, t.completedDay(), TASK_WORK, t.processKey(), t.taskKey(), t.person(), t.workMs());
            duration(rows, t.completedDay(), TASK_TOTAL, t.processKey(), t.taskKey(), t.person(), t.totalMs());
        }
    }

    void activity(EngineHistory.Activity a, DayRows rows) {
        duration(rows, a.day(), ACTIVITY, a.processKey(), a.activityId(), "", a.durationMs());
    }

    /** Walk-in sales at the counter: their own channel, and their products under the counter's zone. */
    void counterSale(ShopFacts.CounterSale sale, LocalDate day, DayRows rows) {
        DayRow sales = rows.at(DayTable.SALES, day, WALK_IN);
        sales.counts[DayTable.SALES.count("orders")]++;
        sales.counts[DayTable.SALES.count("billed_orders")]++;
        sales.counts[DayTable.SALES.count("items")] += sale.lines().stream().mapToInt(OrderFact.Line::quantity).sum();
        sales.money[DayTable.SALES.money("booked")] = sales.money("booked").add(sale.total());
        sales.money[DayTable.SALES.money("revenue")] = sales.money("revenue").add(sale.total());
        for (OrderFact.Line line : sale.lines()) {
            DayRow product = rows.at(DayTable.PRODUCT, day, line.sku(), COUNTER_ZONE, WALK_IN);
            product.labels[0] = line.product();
            product.labels[1] = line.size();
            product.counts[0] += line.quantity();
            product.money[0] = product.money[0].add(line.value());
        }
    }

    private static void duration(DayRows rows, LocalDate day, String kind, String k1, String k2, String k3, long ms) {
        DayRow row = rows.at(DayTable.DURATION, day, kind, k1, k2, k3);
        row.counts[0]++;
        row.counts[1] += ms;
        row.histogram.add(ms);
    }
}
