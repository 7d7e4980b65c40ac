package com.orderflow.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures every report reads: the roll-up tables' rows of a range plus the live part, merged by
 * key (per day or over the whole range). Before the first roll-up, the whole range is live.
 */
@Component
class ReportData {
    private final RollupStore store;
    private final LiveParts live;

    ReportData(RollupStore store, LiveParts live) {
        this.store = store;
        this.live = live;
    }

    /** A table's rows in the range that pass the filter, summed by key per day (or over the range). */
    List<DayRow> rows(DayTable table, ReportRange range, boolean byDay, RowFilter filter) {
        return view(range).rows(table, range, byDay, filter);
    }

    /** The keys of a table with the largest count or money column over the range, largest first. */
    List<DayRow> top(DayTable table, String column, ReportRange range, int limit) {
        return view(range).top(table, column, range, limit);
    }

    /**
     * One look at the figures for a report that reads several tables or ranges: the watermark and
     * the live part are read once for all of them.
     */
    @Transactional(readOnly = true)
    View view(ReportRange... ranges) {
        Instant watermark = store.watermark();
        if (watermark != null) {
            return new View(watermark, live.since(watermark));
        }
        LocalDate from = ranges[0].from();
        LocalDate to = ranges[0].to();
        for (ReportRange range : ranges) {
            from = range.from().isBefore(from) ? range.from() : from;
            to = range.to().isAfter(to) ? range.to() : to;
        }
        return new View(null, live.range(new ReportRange(from, to, Grouping.DAY)));
    }

    /** The stored rows and the live part, as of one moment. */
    final class View {
        private final Instant watermark;
        private final DayRows liveRows;

        private View(Instant watermark, DayRows liveRows) {
            this.watermark = watermark;
            this.liveRows = liveRows;
        }

        /** A table's rows in the range that pass the filter, summed by key per day (or over the range). */
        List<DayRow> rows(DayTable table, ReportRange range, boolean byDay, RowFilter filter) {
            DayRows merged = new DayRows();
            if (watermark != null) {
                merged.addAll(store.read(table, range.from(), range.to(), byDay, filter.sql, filter.params()), 1);
            }
            liveRows.of(table, row -> range.contains(row.day) && filter.test.test(row))
                    .forEach(row -> merged.add(reDay(row, byDay), 1));
            return merged.of(table, row -> true);
        }

        /**
         * The keys of a table with the largest count or money column over the range, largest first,
         * without reading every key of a long range: the stored top (limit + keys the live part
         * changed), those changed keys' stored sums, and the live part itself.
         */
        List<DayRow> top(DayTable table, String column, ReportRange range, int limit) {
            DayRows merged = new DayRows();
            List<DayRow> changed = liveRows.of(table, row -> range.contains(row.day));
            if (watermark != null) {
                Set<String> keys = new HashSet<>();
                changed.forEach(row -> keys.add(row.key(0)));
                List<DayRow> stored = new ArrayList<>(store.top(table, column, range.from(), range.to(),
                        limit + keys.size()));
                stored.forEach(row -> keys.remove(row.key(0)));
                for (List<String> chunk : FactStore.chunks(List.copyOf(keys))) {
                    stored.addAll(store.read(table, range.from(), range.to(), false, table.keys.get(0) + " IN (:keys)",
                            new MapSqlParameterSource("keys", chunk)));
                }
                merged.addAll(stored, 1);
            }
            changed.forEach(row -> merged.add(reDay(row, false), 1));
            Comparator<DayRow> largest = table.counts.contains(column)
                    ? Comparator.comparingLong((DayRow row) -> row.count(column)).reversed()
                    : Comparator.comparing((DayRow row) -> row.money(column)).reversed();
            return merged.of(table, row -> true).stream().sorted(largest.thenComparing(row -> row.key(0)))
                    .limit(limit).toList();
        }
    }

    private static DayRow reDay(DayRow row, boolean byDay) {
        if (byDay) {
            return row;
        }
        DayRow summed = new DayRow(row.table, null, row.key);
        summed.add(row, 1);
        return summed;
    }

    /** Which rows a report wants: the same condition as SQL over the table and as a test in Java. */
    record RowFilter(String sql, List<Object> values, Predicate<DayRow> test) {
        static RowFilter all() {
            return new RowFilter("", List.of(), row -> true);
        }

        /** Rows whose key column (by position) is one of the values. */
        static RowFilter keyIn(DayTable table, int key, Collection<String> values) {
            Set<String> set = Set.copyOf(values);
            return new RowFilter(table.keys.get(key) + " IN (:" + table.keys.get(key) + ")", List.of(List.copyOf(set)),
                    row -> set.contains(row.key(key)));
        }

        RowFilter and(RowFilter other) {
            List<Object> both = new ArrayList<>(values);
            both.addAll(other.values);
            String joined = sql.isEmpty() ? other.sql : other.sql.isEmpty() ? sql : sql + " AND " + other.sql;
            return new RowFilter(joined, both, test.and(other.test));
        }

        MapSqlParameterSource params() {
            MapSqlParameterSource params = new MapSqlParameterSource();
            java.util.regex.Matcher names = java.util.regex.Pattern.compile(":(\\w+)").matcher(sql);
            int i = 0;
            while (names.find()) {
                params.addValue(names.group(1), values.get(i++));
            }
            return params;
        }
    }
}
