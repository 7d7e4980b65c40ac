package com.orderflow.operations;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which archives to keep: the newest of each of the last {@code daily} days that have one, and the
 * newest of each of the last {@code weekly} ISO weeks that have one (a week's newest is often one of
 * the daily ones already). Everything else may go.
 */
record Retention(int daily, int weekly) {

    Retention {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("orderflow.operations keep-daily must be at least 1 and keep-weekly at least 0");
        }
    }

    /** The archives to delete, given each archive's time (shop time). */
    <T> List<T> toDelete(List<T> archives, java.util.function.Function<T, LocalDateTime> madeAt) {
        List<T> newestFirst = new ArrayList<>(archives);
        newestFirst.sort(Comparator.comparing(madeAt).reversed());
        Set<T> kept = new LinkedHashSet<>();
        Set<Object> days = new LinkedHashSet<>();
        Set<Object> weeks = new LinkedHashSet<>();
        for (T archive : newestFirst) {
            LocalDateTime at = madeAt.apply(archive);
            if (days.size() < daily && days.add(at.toLocalDate())) {
                kept.add(archive);
            }
            Object week = at.get(IsoFields.WEEK_BASED_YEAR) * 100 + at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!weeks.contains(week) && weeks.size() < weekly) {
                weeks.add(week);
                kept.add(archive);
            }
        }
        return newestFirst.stream().filter(archive -> !kept.contains(archive)).toList();
    }
}
