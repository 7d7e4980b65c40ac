package com.orderflow.packing;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.ShopClock;

/**
 * The next day's packing list as a PDF (A4): one row per product and size with the packs in all
 * and the orders they go to. Built-in fonts only, like the packing slip ({@link PackingSlipPdf}).
 */
final class PackingListPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private PackingListPdf() {
    }

    static byte[] render(DailyPackingList.PackingList list, ShopClock clock) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Packing list " + list.date());
            document.open();
            document.add(new Paragraph("Packing list for " + DAY.format(list.date()), TITLE));
            document.add(new Paragraph(list.orders().size() + " advance order(s), " + list.packs() + " pack(s)", BODY));
            document.add(new Paragraph(" ", BODY));
            PdfPTable table = new PdfPTable(new float[] {4, 1.5f, 1, 5});
            table.setWidthPercentage(100);
            for (String heading : new String[] {"Product", "Size", "Packs", "Orders"}) {
                table.addCell(new Phrase(heading, HEADING));
            }
            for (DailyPackingList.Row row : list.rows()) {
                table.addCell(new Phrase(PackingSlipPdf.plain(row.product()), BODY));
                table.addCell(new Phrase(row.size() == null ? "-" : PackingSlipPdf.plain(row.size()), BODY));
                table.addCell(new Phrase(String.valueOf(row.packs()), HEADING));
                table.addCell(new Phrase(String.join(", ", row.orders()), BODY));
            }
            table.addCell(new Phrase("Total", HEADING));
            table.addCell(new Phrase("", BODY));
            table.addCell(new Phrase(String.valueOf(list.packs()), HEADING));
            table.addCell(new Phrase(list.orders().size() + " order(s)", BODY));
            document.add(table);
            document.add(new Paragraph("Made " + WHEN.format(clock.now().atZone(clock.zone())), BODY));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the packing list for " + list.date(), e);
        }
        return out.toByteArray();
    }
}
