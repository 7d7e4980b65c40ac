package com.orderflow.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How a report's days are put together: by day, by ISO week (Monday to Sunday) or by calendar
 * month. Done in Java over daily rows, never with the database's week functions (H2 starts weeks on
 * Sunday, PostgreSQL on Monday).
 */
public enum Grouping {
    DAY, WEEK, MONTH;

    /** The first day of the period that holds {@code day}. */
    public LocalDate periodOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** "day", "week", "month", as the request parameter spells it. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
