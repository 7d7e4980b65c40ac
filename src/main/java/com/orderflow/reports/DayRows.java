package com.orderflow.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Roll-up rows keyed by table, day and key, added up as they come. */
final class DayRows {
    private final Map<List<Object>, DayRow> rows = new LinkedHashMap<>();

    /** The row for this table, day and key, made empty on first use. */
    DayRow at(DayTable table, LocalDate day, String... key) {
        List<String> keys = List.of(key);
        return rows.computeIfAbsent(List.of(table, day == null ? "" : day, keys), k -> new DayRow(table, day, keys));
    }

    void add(DayRow row, int sign) {
        at(row.table, row.day, row.key.toArray(String[]::new)).add(row, sign);
    }

    void addAll(DayRows other, int sign) {
        other.rows.values().forEach(row -> add(row, sign));
    }

    void addAll(Collection<DayRow> other, int sign) {
        other.forEach(row -> add(row, sign));
    }

    /** This table's non-empty rows that pass the filter. */
    List<DayRow> of(DayTable table, Predicate<DayRow> filter) {
        List<DayRow> selected = new ArrayList<>();
        for (DayRow row : rows.values()) {
            if (row.table == table && !row.isEmpty() && filter.test(row)) {
                selected.add(row);
            }
        }
        return selected;
    }

    boolean isEmpty() {
        return rows.values().stream().allMatch(DayRow::isEmpty);
    }
}
