package com.orderflow.reports;

import java.util.List;

/**
 * A report as the page shows it, the API answers it and the exports write it: its range, tables
 * (the first is the main one), a chart, whether the range held nothing, and notes for the reader
 * (message keys).
 *
 * @param id     sales, products, pending, people, fulfilment, time-in-status, customers, my-work
 * @param empty  true when the range holds no orders: the page says "no orders in this range"
 */
public record Report(String id, ReportRange range, List<ReportTable> tables, Chart chart, boolean empty,
        List<String> notes) {

    public ReportTable table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Report " + id + " has no table " + tableId));
    }

    /**
     * A chart for Chart.js: labels along the axis (ISO dates for periods, else words), and datasets
     * whose labels are message keys; the page translates them.
     */
    public record Chart(String type, List<String> labels, boolean labelsAreDays, List<Dataset> datasets) {
    }

    /** One series: a message key, its values (null = no value), and whether it is drawn as a line. */
    public record Dataset(String label, List<Number> data, boolean line) {
    }
}
