package com.orderflow.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report's tables as files: CSV (one table, UTF-8 with a byte-order mark so that Excel reads
 * Marathi and Hindi, text that a spreadsheet would run as a formula quoted with a leading ') and
 * Excel (every table a sheet; money, counts, percentages and minutes as numbers, periods as dates).
 * Both write the same rows as the page.
 */
public final class ReportExports {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ReportExports() {
    }

    public static void csv(ReportTable table, ReportText text, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<String> headings = table.columns().stream().map(c -> text.heading(c, true)).toList();
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(headings.toArray(String[]::new)).get());
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(guard(text.plain(table.columns().get(i).kind(), row.get(i))));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    public static void xlsx(Report report, ReportText text, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "orderflow", "1.0");
        for (ReportTable table : report.tables()) {
            Worksheet sheet = workbook.newWorksheet(sheetName(text.words(table.title())));
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.value(0, c, text.heading(table.columns().get(c), true));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    cell(sheet, r + 1, c, table.columns().get(c).kind(), row.get(c), text);
                }
            }
            sheet.freezePane(0, 1);
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, ReportTable.Kind kind, Object value, ReportText text) {
        if (value == null || "".equals(value)) {
            return;
        }
        switch (kind) {
            case COUNT -> sheet.value(r, c, (Long) value);
            case MONEY -> {
                sheet.value(r, c, (BigDecimal) value);
                sheet.style(r, c).format("#,##0.00").set();
            }
            case PERCENT, DAYS -> sheet.value(r, c, (BigDecimal) value);
            case TIME -> sheet.value(r, c, ReportText.minutes((ReportTable.Time) value));
            case DATE -> {
                sheet.value(r, c, (LocalDate) value);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            default -> sheet.value(r, c, text.plain(kind, value));
        }
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\ */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static String guard(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !isNumber(cell) ? "'" + cell : cell;
    }

    private static boolean isNumber(String cell) {
        try {
            new BigDecimal(cell);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
