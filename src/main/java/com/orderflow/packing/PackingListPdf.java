package com.orderflow.packing;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.documents.PdfText;

/**
 * The next day's packing list as a PDF (A4): one row per product and size with the packs in all
 * and the orders they go to, in the app's embedded fonts ({@link PdfText}).
 */
final class PackingListPdf {
    private static final PdfText TITLE = PdfText.bold(16);
    private static final PdfText HEADING = PdfText.bold(10);
    private static final PdfText BODY = PdfText.regular(10);
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
            document.add(TITLE.paragraph("Packing list for " + DAY.format(list.date())));
            document.add(BODY.paragraph(list.orders().size() + " advance order(s), " + list.packs() + " pack(s)"));
            document.add(BODY.paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {4, 1.5f, 1, 5});
            table.setWidthPercentage(100);
            for (String heading : new String[] {"Product", "Size", "Packs", "Orders"}) {
                table.addCell(HEADING.phrase(heading));
            }
            for (DailyPackingList.Row row : list.rows()) {
                table.addCell(BODY.phrase(row.product()));
                table.addCell(BODY.phrase(row.size() == null ? "-" : row.size()));
                table.addCell(HEADING.phrase(String.valueOf(row.packs())));
                table.addCell(BODY.phrase(String.join(", ", row.orders())));
            }
            table.addCell(HEADING.phrase("Total"));
            table.addCell(BODY.phrase(""));
            table.addCell(HEADING.phrase(String.valueOf(list.packs())));
            table.addCell(BODY.phrase(list.orders().size() + " order(s)"));
            document.add(table);
            document.add(BODY.paragraph("Made " + WHEN.format(clock.now().atZone(clock.zone()))));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the packing list for " + list.date(), e);
        }
        return out.toByteArray();
    }
}
