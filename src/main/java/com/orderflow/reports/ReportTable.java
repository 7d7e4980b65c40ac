package com.orderflow.reports;

import java.util.List;

/**
 * One table of a report: columns and rows of cells. A cell is a {@code String} (TEXT, or a message
 * key for LABEL), a {@code Long} (COUNT), a {@code BigDecimal} (MONEY, PERCENT, DAYS), a
 * {@code LocalDate} (DATE), a {@link Time} (TIME) or null for "none".
 */
public record ReportTable(String id, String title, List<Column> columns, List<List<Object>> rows) {

    public enum Kind {
        TEXT, LABEL, COUNT, MONEY, PERCENT, DAYS, DATE, TIME, LINK
    }

    /** A column: its id (the API's field), its heading (a message key) and the kind of its cells. */
    public record Column(String id, String heading, Kind kind) {
    }

    /** A duration in milliseconds; approximate when read from a histogram bucket of several values. */
    public record Time(long ms, boolean approximate) {
        static Time of(Histogram.Percentile percentile) {
            return percentile == null ? null : new Time(percentile.ms(), percentile.approximate());
        }

        static Time of(Long ms) {
            return ms == null ? null : new Time(ms, false);
        }
    }

    /** A link: the words (a message key or text) and where it goes. */
    public record Link(String text, String href) {
    }

    public int column(String columnId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(columnId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Table " + id + " has no column " + columnId);
    }
}
