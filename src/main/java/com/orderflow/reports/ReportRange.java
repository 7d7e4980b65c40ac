package com.orderflow.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The shop days a report covers, both ends included, and how they are grouped. Built only through
 * {@link ReportRequests}, which refuses a range that ends before it starts or spans more than
 * {@value #MAX_DAYS} days.
 */
public record ReportRange(LocalDate from, LocalDate to, Grouping grouping) {
    public static final int MAX_DAYS = 400;

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The range of the same length just before this one (for trends). */
    public ReportRange previous() {
        return new ReportRange(from.minusDays(days()), from.minusDays(1), grouping);
    }

    /** The first day of every period the range touches, in order. */
    public List<LocalDate> periods() {
        List<LocalDate> periods = new ArrayList<>();
        for (LocalDate start = grouping.periodOf(from); !start.isAfter(to); start = grouping.next(start)) {
            periods.add(start);
        }
        return periods;
    }

    /** When the range begins: midnight of its first day in the shop's zone. */
    public java.time.Instant start(com.orderflow.platform.ShopClock clock) {
        return startOf(clock, from);
    }

    /** When the range is over: midnight after its last day in the shop's zone. */
    public java.time.Instant end(com.orderflow.platform.ShopClock clock) {
        return startOf(clock, to.plusDays(1));
    }

    /** Midnight at the start of a shop day, as an instant (on a UTC server 18:30 the day before, for IST). */
    static java.time.Instant startOf(com.orderflow.platform.ShopClock clock, LocalDate day) {
        return clock.at(day, java.time.LocalTime.MIDNIGHT).toInstant();
    }

    /** The query string that asks for this range again ("from=…&to=…&group=…"). */
    public String query() {
        return "from=" + from + "&to=" + to + "&group=" + grouping.parameter();
    }
}
