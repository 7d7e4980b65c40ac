package com.orderflow.packing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.documents.Codes;
import com.orderflow.platform.documents.PdfText;

/**
 * Renders a packing slip as a PDF (A5): the order number in words and as a Code 128 barcode that
 * the dispatch desk scans, the customer, the items, the batches to pick with their expiry, the net
 * weight and the packer. Set in the app's embedded fonts ({@link PdfText}): Marathi and Hindi
 * names print as written, the same on any machine.
 */
final class PackingSlipPdf {
    private static final PdfText TITLE = PdfText.bold(16);
    private static final PdfText HEADING = PdfText.bold(11);
    private static final PdfText BODY = PdfText.regular(10);
    private static final PdfText SMALL = PdfText.regular(8);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private PackingSlipPdf() {
    }

    static byte[] render(PackingSlip slip, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A5, 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Packing slip " + slip.orderNumber());
            document.open();
            document.add(TITLE.paragraph("Packing slip - order " + slip.orderNumber()));
            Image barcode = Image.getInstance(Codes.code128Png(slip.orderNumber(), 640, 120));
            barcode.scaleToFit(300, 64);
            barcode.setAlignment(Element.ALIGN_LEFT);
            document.add(barcode);
            document.add(BODY.paragraph("Customer: " + slip.customer()));
            if (slip.changes() != null && !slip.changes().isBlank()) {
                document.add(HEADING.paragraph("Bill changed: " + slip.changes()));
            }
            section(document, "Items", slip.items());
            section(document, "Batches to pack", slip.batches());
            document.add(SMALL.paragraph(" "));
            document.add(HEADING.paragraph("Net weight: " + grams(slip.netWeightGrams())));
            document.add(HEADING.paragraph("Packer: " + (slip.packer() == null ? "-" : slip.packer())));
            document.add(SMALL.paragraph("Slip " + slip.slipNo() + " (" + slip.kind().name().toLowerCase(Locale.ROOT)
                    + "), printed " + WHEN.format(slip.createdAt().atZone(zone))));
            document.close();
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("Could not render the packing slip of " + slip.orderNumber(), e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, String heading, String lines) {
        document.add(HEADING.paragraph(heading));
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                document.add(BODY.paragraph(line));
            }
        }
    }

    /** "2,500 g" */
    static String grams(BigDecimal grams) {
        return String.format(Locale.ENGLISH, "%,.0f g", grams);
    }
}
