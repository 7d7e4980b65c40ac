package com.orderflow.packing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.documents.Codes;

/**
 * Renders a packing slip as a PDF (A5): the order number in words and as a Code 128 barcode that
 * the dispatch desk scans, the customer, the items, the batches to pick with their expiry, the net
 * weight and the packer. Only the PDF built-in fonts are used, so the slip renders the same on any
 * machine without fonts installed; they cannot draw ₹, arrows or Devanagari, so text is brought to
 * what they can ("Rs.", "->", '?').
 */
final class PackingSlipPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
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
            document.add(new Paragraph(plain("Packing slip - order " + slip.orderNumber()), TITLE));
            Image barcode = Image.getInstance(Codes.code128Png(slip.orderNumber(), 640, 120));
            barcode.scaleToFit(300, 64);
            barcode.setAlignment(Element.ALIGN_LEFT);
            document.add(barcode);
            document.add(new Paragraph(plain("Customer: " + slip.customer()), BODY));
            if (slip.changes() != null && !slip.changes().isBlank()) {
                document.add(new Paragraph(plain("Bill changed: " + slip.changes()), HEADING));
            }
            section(document, "Items", slip.items());
            section(document, "Batches to pack", slip.batches());
            document.add(new Paragraph(" ", SMALL));
            document.add(new Paragraph("Net weight: " + grams(slip.netWeightGrams()), HEADING));
            document.add(new Paragraph(plain("Packer: " + (slip.packer() == null ? "-" : slip.packer())), HEADING));
            document.add(new Paragraph(plain("Slip " + slip.slipNo() + " (" + slip.kind().name().toLowerCase(Locale.ROOT)
                    + "), printed " + WHEN.format(slip.createdAt().atZone(zone))), SMALL));
            document.close();
        } catch (DocumentException | java.io.IOException e) {
            throw new IllegalStateException("Could not render the packing slip of " + slip.orderNumber(), e);
        }
        return out.toByteArray();
    }

    private static void section(Document document, String heading, String lines) {
        document.add(new Paragraph(heading, HEADING));
        for (String line : lines.split("\n")) {
            if (!line.isBlank()) {
                document.add(new Paragraph(plain(line), BODY));
            }
        }
    }

    /** "2,500 g" */
    static String grams(BigDecimal grams) {
        return String.format(Locale.ENGLISH, "%,.0f g", grams);
    }

    /** Text the built-in fonts (WinAnsi) can draw. */
    static String plain(String text) {
        String mapped = text.replace("₹", "Rs.").replace("→", "->").replace("–", "-").replace("—", "-");
        CharsetEncoder winAnsi = Charset.forName("windows-1252").newEncoder();
        StringBuilder out = new StringBuilder(mapped.length());
        mapped.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(winAnsi.canEncode(ch) ? ch : "?");
        });
        return out.toString();
    }
}
