package com.orderflow.jewelry;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A karigar's end-of-day slip (J4) as a PDF (A5): every order given to him with all its details
 * and, in capitals, the samples he must take. Built-in fonts only (the same on any machine), so the
 * text is brought to ASCII ("Rs.", "+/-", '?').
 */
final class KarigarSlipPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    /** One order on a slip: its heading and its detail lines (the reminders among them). */
    record Entry(String heading, List<String> lines) {
    }

    private KarigarSlipPdf() {
    }

    static byte[] render(String karigarName, String date, List<Entry> entries, String footer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Karigar slip " + karigarName + " " + date);
            document.open();
            document.add(new Paragraph(ascii("Karigar slip - " + karigarName + " - " + date), TITLE));
            for (Entry entry : entries) {
                document.add(new Paragraph(" ", SMALL));
                document.add(new Paragraph(ascii(entry.heading()), HEADING));
                for (String line : entry.lines()) {
                    document.add(new Paragraph(ascii(line), line.startsWith("TAKE ") ? HEADING : BODY));
                }
            }
            document.add(new Paragraph(" ", SMALL));
            document.add(new Paragraph(ascii(footer), SMALL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the karigar slip of " + karigarName, e);
        }
        return out.toByteArray();
    }

    /** What the built-in fonts can draw. */
    static String ascii(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.replace("₹", "Rs.").replace("±", "+/-").replace("×", "x").replace("→", "->")
                .replace("—", "-").replace("–", "-").replace("…", "...").toCharArray()) {
            s.append(c < 128 ? c : '?');
        }
        return s.toString();
    }
}
