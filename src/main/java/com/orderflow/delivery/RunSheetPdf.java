package com.orderflow.delivery;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.Rupees;

/**
 * A run's printable sheet (A4 landscape): the stops in riding order with customer, phone, address,
 * items and the amount to collect at the door (or how the stop ended and what came in), a box for
 * each customer's signature, the run's total to collect, and lines for the cash hand-over. Built-in
 * fonts, like the packing list: they cannot draw ₹ or Devanagari, so amounts say "Rs." and other
 * letters print as '?' until the PDFs embed a Unicode font.
 */
final class RunSheetPdf {
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font BIG = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final float SIGNATURE_HEIGHT = 42;

    private RunSheetPdf() {
    }

    static byte[] render(RunOnRoad run, ZoneId zone, Instant printedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Run sheet " + run.number());
            document.open();
            document.add(new Paragraph(plain("Run sheet - run " + run.number() + " - " + run.zone()), TITLE));
            document.add(new Paragraph(plain("Delivery boy: " + (run.deliveryBoy() == null ? "not chosen yet"
                    : run.deliveryBoy()) + "   Stops: " + run.stops().size() + "   Route: "
                    + String.format(Locale.ENGLISH, "%.1f km", run.totalMetres() / 1000.0)
                    + (run.startedAt() == null ? "" : "   Left: " + WHEN.format(run.startedAt().atZone(zone)))), BODY));
            document.add(new Paragraph(" ", BODY));
            document.add(stops(run));
            document.add(new Paragraph(" ", BODY));
            document.add(new Paragraph(plain("To collect at the open stops: " + money(run.toCollect())
                    + "     Cash collected so far: " + money(run.cashCollected())), BIG));
            document.add(new Paragraph(" ", BODY));
            document.add(new Paragraph("Cash handed over: Rs. ____________     Delivery boy's signature: "
                    + "____________________     Received by: ____________________", BODY));
            document.add(new Paragraph("Printed " + WHEN.format(printedAt.atZone(zone)) + " (shop time)", BODY));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the sheet of run " + run.number(), e);
        }
        return out.toByteArray();
    }

    private static PdfPTable stops(RunOnRoad run) {
        PdfPTable table = new PdfPTable(new float[] {0.5f, 3f, 3.4f, 3.6f, 1.9f, 3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String heading : new String[] {"#", "Order, customer, phone", "Address", "Items", "To collect",
                "Received (signature)"}) {
            table.addCell(new Phrase(heading, HEADING));
        }
        for (RunOnRoad.Stop stop : run.stops()) {
            table.addCell(new Phrase(Integer.toString(stop.stopNo()), BIG));
            table.addCell(new Phrase(plain(stop.orderNumber() + "\n" + orEmpty(stop.customerName()) + "\n"
                    + orEmpty(stop.phone())), BODY));
            table.addCell(new Phrase(plain(orEmpty(stop.address()) + "\n" + orEmpty(stop.locality()) + " "
                    + orEmpty(stop.pincode())), BODY));
            table.addCell(new Phrase(plain(stop.items().replace("; ", "\n")), BODY));
            PdfPCell amount = new PdfPCell(new Phrase(plain(toCollect(stop)), BIG));
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
            PdfPCell signature = new PdfPCell(new Phrase(plain(ended(stop)), BODY));
            signature.setMinimumHeight(SIGNATURE_HEIGHT);
            table.addCell(signature);
        }
        return table;
    }

    /** "Rs. 180.00", "Paid", "-" for an order without a live bill. */
    private static String toCollect(RunOnRoad.Stop stop) {
        if (stop.amountToCollect() == null) {
            return "-";
        }
        return stop.paid() ? "Paid" : money(stop.amountToCollect());
    }

    /** How an ended stop ended, in the signature box; empty while it is open. */
    private static String ended(RunOnRoad.Stop stop) {
        if (stop.open()) {
            return "";
        }
        String how = switch (stop.outcome()) {
            case DELIVERED -> "Delivered";
            case RETURNED -> "Returned: " + orEmpty(stop.returnReason());
            case CANCELLED -> "Cancelled";
        };
        if (stop.collected() != null && stop.collected().mode() != CollectedMode.NONE) {
            how += ", " + stop.collected().mode().name().toLowerCase(Locale.ROOT) + " " + money(stop.collected().amount())
                    + (stop.collected().reference() == null ? "" : " (" + stop.collected().reference() + ")");
        }
        if (stop.shortBy() != null) {
            how += ", short by " + money(stop.shortBy());
        }
        return how;
    }

    private static String money(BigDecimal amount) {
        return plain(Rupees.format(amount));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Text the built-in fonts (WinAnsi) can draw: "₹" as "Rs. ", anything else they lack as '?'. */
    static String plain(String text) {
        CharsetEncoder winAnsi = WIN_ANSI.newEncoder();
        return text.replace("₹", "Rs. ").replace("×", "x").codePoints().mapToObj(Character::toString)
                .map(ch -> winAnsi.canEncode(ch) ? ch : "?").collect(Collectors.joining());
    }
}
