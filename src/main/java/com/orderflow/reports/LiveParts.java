package com.orderflow.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;

/**
 * What the roll-up tables do not hold yet, computed with the same {@link Aggregator} as the roll-up:
 * for every order that changed since the watermark its figures now minus its figures as rolled up,
 * plus the tasks, process steps and counter sales since. Kept for {@code orderflow.reports.live-for}
 * on this node (a node that misses it recomputes it; nothing is shared between nodes). Before the
 * first roll-up there is no watermark, and a report's whole range is computed live.
 */
@Component
class LiveParts {
    private final ShopFacts shop;
    private final OrderFactBuilder builder;
    private final FactStore facts;
    private final EngineHistory engine;
    private final Aggregator aggregator;
    private final ShopClock clock;
    private final ReportSettings settings;
    private volatile Cached cached;

    LiveParts(ShopFacts shop, OrderFactBuilder builder, FactStore facts, EngineHistory engine, Aggregator aggregator,
            ShopClock clock, ReportSettings settings) {
        this.shop = shop;
        this.builder = builder;
        this.facts = facts;
        this.engine = engine;
        this.aggregator = aggregator;
        this.clock = clock;
        this.settings = settings;
    }

    /** The changes since the watermark, as rows to add to the stored ones (all days). */
    @Transactional(readOnly = true)
    DayRows since(Instant watermark) {
        Cached last = cached;
        Instant now = clock.now();
        if (last != null && last.watermark.equals(watermark) && !now.isAfter(last.at.plus(settings.liveFor()))
                && !now.isBefore(last.at)) {
            return last.rows;
        }
        DayRows rows = new DayRows();
        Set<Long> touched = shop.ordersTouchedSince(watermark);
        aggregator.orders(builder.facts(touched), 1, day -> true, rows);
        aggregator.orders(facts.orders(touched), -1, day -> true, rows);
        events(watermark, now.plusSeconds(1), day -> true, rows);
        cached = new Cached(watermark, now, rows);
        return rows;
    }

    /** Everything of a range computed from the shop's and the engine's tables (no roll-up yet). */
    @Transactional(readOnly = true)
    DayRows range(ReportRange range) {
        DayRows rows = new DayRows();
        Instant from = range.start(clock);
        Instant to = range.end(clock);
        List<OrderFact> touched = builder.facts(shop.ordersTouchedSince(from));
        aggregator.orders(touched, 1, range::contains, rows);
        events(from, to, range::contains, rows);
        return rows;
    }

    /** Forgets the kept live part (the roll-up just moved the watermark, or a test changed data). */
    void forget() {
        cached = null;
    }

    private void events(Instant from, Instant to, java.util.function.Predicate<LocalDate> days, DayRows rows) {
        aggregator.tasks(engine.tasksCompleted(from, to), days, rows);
        engine.activitiesEnded(from, to, a -> {
            if (days.test(a.day())) {
                aggregator.activity(a, rows);
            }
        });
        for (ShopFacts.CounterSale sale : shop.counterSales(from, to)) {
            LocalDate day = LocalDate.ofInstant(sale.soldAt(), clock.zone());
            if (days.test(day)) {
                aggregator.counterSale(sale, day, rows);
            }
        }
    }


    private record Cached(Instant watermark, Instant at, DayRows rows) {
    }
}
