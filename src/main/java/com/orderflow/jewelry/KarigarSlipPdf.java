package com.orderflow.jewelry;

import java.io.ByteArrayOutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.documents.PdfText;

/**
 * A karigar's end-of-day slip (J4) as a PDF (A5): every order given to him with all its details
 * and, in capitals, the samples he must take, in the app's embedded fonts ({@link PdfText}): the
 * same on any machine, with ₹ and Marathi or Hindi descriptions as written.
 */
final class KarigarSlipPdf {
    private static final PdfText TITLE = PdfText.bold(15);
    private static final PdfText HEADING = PdfText.bold(11);
    private static final PdfText BODY = PdfText.regular(10);
    private static final PdfText SMALL = PdfText.regular(8);

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
            document.add(TITLE.paragraph("Karigar slip - " + karigarName + " - " + date));
            for (Entry entry : entries) {
                document.add(SMALL.paragraph(" "));
                document.add(HEADING.paragraph(entry.heading()));
                for (String line : entry.lines()) {
                    document.add((line.startsWith("TAKE ") ? HEADING : BODY).paragraph(line));
                }
            }
            document.add(SMALL.paragraph(" "));
            document.add(SMALL.paragraph(footer));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the karigar slip of " + karigarName, e);
        }
        return out.toByteArray();
    }
}
