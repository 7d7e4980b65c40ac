package com.orderflow.delivery;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.documents.PdfText;

/**
 * A run's printable sheet (A4 landscape): the stops in riding order with customer, phone, address,
 * items and the amount to collect at the door (or how the stop ended and what came in), a box for
 * each customer's signature, the run's total to collect, and lines for the cash hand-over. In the
 * reader's language (English, Marathi, Hindi) and the app's embedded fonts ({@link PdfText}), so ₹
 * and Devanagari names print as they are.
 */
final class RunSheetPdf {
    private static final PdfText TITLE = PdfText.bold(15);
    private static final PdfText HEADING = PdfText.bold(9);
    private static final PdfText BODY = PdfText.regular(9);
    private static final PdfText BIG = PdfText.bold(11);
    private static final float SIGNATURE_HEIGHT = 42;

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter when;

    private RunSheetPdf(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale);
    }

    static byte[] render(RunOnRoad run, ZoneId zone, Instant printedAt, MessageSource messages, Locale locale) {
        return new RunSheetPdf(messages, locale).render(run, zone, printedAt);
    }

    private byte[] render(RunOnRoad run, ZoneId zone, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("delivery.sheet.title", run.number(), run.zone()));
            document.open();
            document.add(TITLE.paragraph(text("delivery.sheet.title", run.number(), run.zone())));
            document.add(BODY.paragraph(text("delivery.sheet.boy", run.deliveryBoy() == null
                    ? text("delivery.sheet.noBoy") : run.deliveryBoy()) + "   "
                    + text("delivery.sheet.stops", run.stops().size()) + "   "
                    + text("delivery.sheet.route", String.format(locale, "%.1f", run.totalMetres() / 1000.0))
                    + (run.startedAt() == null ? "" : "   " + text("delivery.sheet.left",
                            when.format(run.startedAt().atZone(zone))))));
            document.add(BODY.paragraph(" "));
            document.add(stops(run));
            document.add(BODY.paragraph(" "));
            document.add(BIG.paragraph(text("delivery.sheet.toCollect", Rupees.format(run.toCollect()))
                    + "     " + text("delivery.sheet.cashSoFar", Rupees.format(run.cashCollected()))));
            document.add(BODY.paragraph(" "));
            document.add(BODY.paragraph(text("delivery.sheet.handover")));
            document.add(BODY.paragraph(text("delivery.sheet.printed", when.format(printedAt.atZone(zone)))));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the sheet of run " + run.number(), e);
        }
        return out.toByteArray();
    }

    private PdfPTable stops(RunOnRoad run) {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 3f, 3.4f, 3.6f, 1.9f, 3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : new String[] {"#", text("delivery.sheet.col.order"), text("delivery.sheet.col.address"),
                text("delivery.sheet.col.items"), text("delivery.sheet.col.toCollect"),
                text("delivery.sheet.col.received")}) {
            table.addCell(HEADING.phrase(heading));
        }
        for (RunOnRoad.Stop stop : run.stops()) {
            table.addCell(BIG.phrase(Integer.toString(stop.stopNo())));
            table.addCell(lines(stop.orderNumber(), orEmpty(stop.customerName()), orEmpty(stop.phone())));
            table.addCell(lines(orEmpty(stop.address()), orEmpty(stop.locality()) + " " + orEmpty(stop.pincode())));
            table.addCell(lines(stop.items().split("; ")));
            PdfPCell amount = new PdfPCell(BIG.phrase(toCollect(stop)));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
            PdfPCell signature = new PdfPCell(BODY.phrase(ended(stop)));
            signature.setMinimumHeight(SIGNATURE_HEIGHT);
            table.addCell(signature);
        }
        return table;
    }

    /** A cell of lines, one paragraph each (the embedded fonts have no glyph for a line break). */
    private static PdfPCell lines(String... lines) {
        PdfPCell cell = new PdfPCell();
        for (String line : lines) {
            cell.addElement(BODY.paragraph(line));
        }
        return cell;
    }

    /** "₹180.00", "Paid", "-" for an order without a live bill. */
    private String toCollect(RunOnRoad.Stop stop) {
        if (stop.amountToCollect() == null) {
            return "-";
        }
        return stop.paid() ? text("delivery.sheet.paid") : Rupees.format(stop.amountToCollect());
    }

    /** How an ended stop ended, in the signature box; empty while it is open. */
    private String ended(RunOnRoad.Stop stop) {
        if (stop.open()) {
            return "";
        }
        String how = switch (stop.outcome()) {
            case DELIVERED -> text("delivery.sheet.delivered");
            case RETURNED -> text("delivery.sheet.returned", orEmpty(stop.returnReason()));
            case CANCELLED -> text("delivery.sheet.cancelled");
        };
        if (stop.collected() != null && stop.collected().mode() != CollectedMode.NONE) {
            how += ", " + text("delivery.sheet.collected." + stop.collected().mode().name(),
                    Rupees.format(stop.collected().amount()))
                    + (stop.collected().reference() == null ? "" : " (" + stop.collected().reference() + ")");
        }
        BigDecimal shortBy = stop.shortBy();
        if (shortBy != null) {
            how += ", " + text("delivery.sheet.short", Rupees.format(shortBy));
        }
        return how;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
