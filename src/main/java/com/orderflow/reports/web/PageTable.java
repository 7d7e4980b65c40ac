package com.orderflow.reports.web;

import java.util.ArrayList;
import java.util.List;

import com.orderflow.reports.Grouping;
import com.orderflow.reports.ReportTable;
import com.orderflow.reports.ReportText;

/** A report table as the page draws it: words in the reader's language, links, numbers to the right. */
record PageTable(String id, String title, List<Heading> headings, List<List<Cell>> rows) {

    record Heading(String text, boolean numeric) {
    }

    record Cell(String text, String href, boolean numeric) {
    }

    static PageTable of(ReportTable table, ReportText text, Grouping grouping) {
        List<Heading> headings = table.columns().stream()
                .map(c -> new Heading(text.heading(c, false), numeric(c.kind()))).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                ReportTable.Kind kind = table.columns().get(i).kind();
                Object value = row.get(i);
                String href = value instanceof ReportTable.Link link ? link.href() : null;
                cells.add(new Cell(text.cell(kind, value, grouping), href, numeric(kind)));
            }
            rows.add(cells);
        }
        return new PageTable(table.id(), text.words(table.title()), headings, rows);
    }

    private static boolean numeric(ReportTable.Kind kind) {
        return switch (kind) {
            case COUNT, MONEY, PERCENT, DAYS, TIME -> true;
            default -> false;
        };
    }
}
