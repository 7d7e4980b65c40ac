package com.orderflow.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link ReportTable}; column headings are message keys {@code reports.col.<id>}. */
final class TableBuilder {
    private final String id;
    private final List<ReportTable.Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    TableBuilder(String id) {
        this.id = id;
    }

    TableBuilder column(String columnId, ReportTable.Kind kind) {
        columns.add(new ReportTable.Column(columnId, "reports.col." + columnId, kind));
        return this;
    }

    TableBuilder row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(id + ": " + cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(cells))));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    ReportTable build() {
        return new ReportTable(id, "reports.table." + id, List.copyOf(columns), List.copyOf(rows));
    }

    /** part ÷ whole in percent with one decimal, or null when there is no whole. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
                        RoundingMode.HALF_UP);
    }

    /** money ÷ count to the paisa (half up), or null for no count. */
    static BigDecimal average(BigDecimal money, long count) {
        return count == 0 ? null : money.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
