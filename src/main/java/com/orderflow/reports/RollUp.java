package com.orderflow.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.platform.ShopClock;

/**
 * The nightly roll-up (processes/reports-rollup.bpmn, after midnight shop time): refreshes the
 * facts of every order that changed since the last run, adds the tasks completed since, and
 * rewrites every shop day those touch, so that each day's rows are exactly what its facts add up
 * to. Everything before the new watermark is then in the tables; the reports compute what came after
 * it live ({@link LiveParts}). An ordinary run is one transaction, so a report never sees facts and
 * day rows disagree. The first run walks the whole history a week at a time and sets the watermark
 * only at its end; until then the reports compute everything live.
 */
@Service
public class RollUp {
    private static final Logger log = LoggerFactory.getLogger(RollUp.class);
    /** Work is stamped with its time before it commits: a margin so that nothing still committing is missed. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final int FIRST_RUN_WINDOW_DAYS = 7;

    private final ShopFacts shop;
    private final OrderFactBuilder builder;
    private final EngineHistory engine;
    private final FactStore facts;
    private final RollupStore store;
    private final Aggregator aggregator;
    private final ShopClock clock;
    private final TransactionTemplate transaction;
    private final LiveParts live;

    RollUp(ShopFacts shop, OrderFactBuilder builder, EngineHistory engine, FactStore facts, RollupStore store,
            Aggregator aggregator, ShopClock clock, PlatformTransactionManager transactions, LiveParts live) {
        this.shop = shop;
        this.builder = builder;
        this.engine = engine;
        this.facts = facts;
        this.store = store;
        this.aggregator = aggregator;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        // its own transactions, not the job's: a first run over years of history commits a week at a
        // time, and a failure after the roll-up committed only repeats work that is idempotent
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.live = live;
    }

    /** Runs the roll-up up to a few minutes ago; returns how many orders it refreshed. */
    public long run() {
        long started = System.currentTimeMillis();
        Instant now = clock.now();
        Instant mark = now.minus(MARGIN);
        Instant watermark = store.watermark();
        long orders;
        if (watermark == null) {
            orders = firstRun(mark);
            long took = System.currentTimeMillis() - started;
            transaction.executeWithoutResult(status -> {
                store.lockWatermark();
                store.advance(mark, now, took, orders);
            });
        } else {
            // the facts, the days and the watermark move in one transaction: a report sees all or none
            orders = transaction.execute(status -> {
                long refreshed = incremental(mark);
                store.advance(mark, now, System.currentTimeMillis() - started, refreshed);
                return refreshed;
            });
        }
        long took = System.currentTimeMillis() - started;
        live.forget();
        log.info("Reports rolled up to {}: {} order(s) refreshed in {} ms", mark, orders, took);
        return orders;
    }

    private long incremental(Instant mark) {
        Instant since = store.lockWatermark();
        Set<Long> touched = shop.ordersTouchedSince(since);
        List<OrderFact> before = facts.orders(touched);
        List<OrderFact> after = builder.facts(touched);
        facts.replaceOrders(touched, after, clock.now());
        List<TaskFact> tasks = engine.tasksCompleted(since, mark);
        facts.insertTasks(tasks);
        TreeSet<LocalDate> days = new TreeSet<>();
        before.forEach(f -> days.addAll(f.days()));
        after.forEach(f -> days.addAll(f.days()));
        tasks.forEach(t -> days.add(t.completedDay()));
        LocalDate first = day(since);
        LocalDate last = day(mark);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        // activity durations live only in the engine's history (cleaned after its time to live):
        // rewritten for the days since the last run, kept as they are on older days
        days.forEach(day -> rewrite(day, mark, !day.isBefore(first) && !day.isAfter(last)));
        store.rebuildMonths(days);
        return touched.size();
    }

    private long firstRun(Instant mark) {
        LocalDate first = firstDay();
        LocalDate last = day(mark);
        if (first == null) {
            return 0;
        }
        long orders = 0;
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(FIRST_RUN_WINDOW_DAYS)) {
            LocalDate window = from;
            orders += transaction.execute(status -> {
                // never past the watermark's day: a later day is the live part's until the next run
                LocalDate end = window.plusDays(FIRST_RUN_WINDOW_DAYS).isAfter(last.plusDays(1)) ? last.plusDays(1)
                        : window.plusDays(FIRST_RUN_WINDOW_DAYS);
                Instant windowStart = ReportRange.startOf(clock, window);
                Instant windowEnd = ReportRange.startOf(clock, end);
                List<Long> ids = shop.ordersPlacedBetween(windowStart, windowEnd);
                facts.replaceOrders(ids, builder.facts(ids), clock.now());
                facts.insertTasks(engine.tasksCompleted(windowStart, windowEnd.isBefore(mark) ? windowEnd : mark));
                List<LocalDate> days = new ArrayList<>();
                for (LocalDate day = window; day.isBefore(end); day = day.plusDays(1)) {
                    rewrite(day, mark, true);
                    days.add(day);
                }
                store.rebuildMonths(days);
                return (long) ids.size();
            });
        }
        return orders;
    }

    /** Rewrites one shop day from the stored facts, the counter and (when asked) the engine's activities. */
    private void rewrite(LocalDate day, Instant mark, boolean withActivities) {
        DayRows rows = new DayRows();
        aggregator.orders(facts.ordersOnDay(day), 1, day::equals, rows);
        aggregator.tasks(facts.tasks(day, day, null), d -> true, rows);
        Instant from = ReportRange.startOf(clock, day);
        Instant next = ReportRange.startOf(clock, day.plusDays(1));
        Instant until = next.isBefore(mark) ? next : mark;
        if (from.isBefore(until)) {
            shop.counterSales(from, until).forEach(sale -> aggregator.counterSale(sale, day, rows));
            if (withActivities) {
                engine.activitiesEnded(from, until, a -> aggregator.activity(a, rows));
            }
        }
        store.replaceDays(List.of(day), rows, EnumSet.allOf(DayTable.class), withActivities);
    }

    /** The first shop day anything happened: an order, a counter sale or a process step. */
    private LocalDate firstDay() {
        List<Instant> firsts = new ArrayList<>();
        firsts.add(shop.firstOrderAt());
        firsts.add(shop.firstCounterSaleAt());
        firsts.add(engine.firstActivityAt());
        return firsts.stream().filter(java.util.Objects::nonNull).min(Instant::compareTo).map(this::day).orElse(null);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.zone());
    }

}
