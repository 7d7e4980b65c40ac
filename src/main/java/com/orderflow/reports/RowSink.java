package com.orderflow.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where {@link ShopHistory} writes its rows: per table, the columns once and then rows of values.
 * The demo writes them with JDBC batches (any database); the benchmark streams them with
 * PostgreSQL's COPY.
 */
public abstract class RowSink {
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> pending = new LinkedHashMap<>();
    private final int flushEvery;
    private long rows;

    protected RowSink(int flushEvery) {
        this.flushEvery = flushEvery;
    }

    /** Declares a table's columns (in the order rows give their values). */
    public void table(String table, String... names) {
        columns.put(table, List.of(names));
        pending.put(table, new ArrayList<>());
    }

    public void row(String table, Object... values) {
        List<Object[]> rowsOfTable = pending.get(table);
        if (values.length != columns.get(table).size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.get(table));
        }
        rowsOfTable.add(values);
        rows++;
        if (rowsOfTable.size() >= flushEvery) {
            flush(); // every table, parents first: a child row never arrives before its parent
        }
    }

    /** Writes whatever is pending, tables in the order they were declared (parents before children). */
    public void flush() {
        pending.keySet().forEach(this::flush);
    }

    public long rows() {
        return rows;
    }

    private void flush(String table) {
        List<Object[]> rowsOfTable = pending.get(table);
        if (!rowsOfTable.isEmpty()) {
            write(table, columns.get(table), rowsOfTable);
            rowsOfTable.clear();
        }
    }

    /** Writes rows of one table; values are String, Number, Boolean, Instant, LocalDate or null. */
    protected abstract void write(String table, List<String> columns, List<Object[]> rows);
}
