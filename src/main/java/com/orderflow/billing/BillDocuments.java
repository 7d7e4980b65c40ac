package com.orderflow.billing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.documents.Codes;

/**
 * The printed bill (K1): A4 for the office printer, 80 mm for the thermal printer at the counter,
 * each with the tracking QR and, while money is due, the UPI payment QR. Built-in Helvetica only:
 * it cannot draw the rupee sign or Devanagari, so amounts say "Rs." and names are printed as
 * typed (a Devanagari product name would come out blank); embedding a font from the machine would
 * make the bill depend on where it is printed.
 */
@Component
class BillDocuments {
    /** 80 mm in points; the height of a thermal bill follows its content. */
    static final float THERMAL_WIDTH = 226.77f;
    private static final float THERMAL_MARGIN = 8f;
    private static final float A4_MARGIN = 36f;
    private static final int QR_PIXELS = 400;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    enum Format {
        A4, THERMAL
    }

    private final BillingSettings settings;
    private final ShopClock clock;

    BillDocuments(BillingSettings settings, ShopClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    byte[] render(BillView bill, Format format, String trackingUrl) {
        boolean narrow = format == Format.THERMAL;
        float margin = narrow ? THERMAL_MARGIN : A4_MARGIN;
        float width = narrow ? THERMAL_WIDTH - 2 * margin : PageSize.A4.getWidth() - 2 * margin;
        PdfPTable content = content(bill, trackingUrl, width, narrow);
        Rectangle page = narrow ? new Rectangle(THERMAL_WIDTH, content.getTotalHeight() + 2 * margin + 4) : PageSize.A4;
        Document document = new Document(page, margin, margin, margin, margin);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter.getInstance(document, out);
            document.addTitle("Bill " + bill.number());
            document.addCreator(settings.getShopName());
            document.open();
            document.add(content);
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("Bill " + bill.number() + " could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfPTable content(BillView bill, String trackingUrl, float width, boolean narrow) {
        Fonts f = new Fonts(narrow);
        PdfPTable page = new PdfPTable(1);
        page.setTotalWidth(width);
        page.setLockedWidth(true);
        page.getDefaultCell().setBorder(Rectangle.NO_BORDER);

        page.addCell(centred(settings.getShopName(), f.title));
        if (!settings.getShopAddress().isBlank()) {
            page.addCell(centred(settings.getShopAddress(), f.small));
        }
        if (!settings.getShopPhone().isBlank()) {
            page.addCell(centred("Phone " + settings.getShopPhone(), f.small));
        }
        if (bill.gstEnabled() && bill.gstin() != null && !bill.gstin().isBlank()) {
            page.addCell(centred("GSTIN " + bill.gstin(), f.small));
        }
        page.addCell(centred(bill.gstEnabled() ? "TAX INVOICE" : "BILL", f.heading));
        if (bill.status() != BillStatus.ISSUED) {
            page.addCell(centred(bill.status() == BillStatus.SUPERSEDED ? "SUPERSEDED by " + bill.supersededBy()
                    : "CANCELLED", f.heading));
        }
        page.addCell(facts(bill, f, narrow));
        page.addCell(wrap(narrow ? narrowLines(bill, f) : wideLines(bill, f)));
        page.addCell(wrap(totals(bill, f, narrow)));
        page.addCell(wrap(codes(bill, trackingUrl, f, narrow)));
        page.addCell(centred("Amounts in Indian rupees (Rs.)" + (bill.gstEnabled() ? "; prices exclude GST" : "")
                + ". Thank you!", f.small));
        return page;
    }

    private PdfPCell facts(BillView bill, Fonts f, boolean narrow) {
        PdfPTable facts = new PdfPTable(narrow ? new float[] {1f, 1.6f} : new float[] {1f, 2f, 1f, 2f});
        facts.setWidthPercentage(100);
        fact(facts, "Bill no.", bill.number(), f);
        fact(facts, "Date", WHEN.withZone(clock.zone()).format(bill.issuedAt()), f);
        fact(facts, "Order", bill.orderNumber(), f);
        fact(facts, "Customer", bill.customerName(), f);
        if (bill.revises() != null) {
            fact(facts, "Revises", bill.revises(), f);
            fact(facts, "Reason", bill.reason(), f);
        }
        facts.completeRow();
        return wrap(facts);
    }

    private static void fact(PdfPTable table, String label, String value, Fonts f) {
        table.addCell(plain(label, f.small, Element.ALIGN_LEFT));
        table.addCell(plain(value == null ? "" : value, f.bold, Element.ALIGN_LEFT));
    }

    private PdfPTable wideLines(BillView bill, Fonts f) {
        boolean gst = bill.gstEnabled();
        List<String> heads = new ArrayList<>(List.of("#", "Item", "Qty", "Rate", "Discount"));
        float[] widths = gst ? new float[] {0.4f, 3f, 0.6f, 1.2f, 1.1f, 1.2f, 0.7f, 1f, 1f, 1.3f}
                : new float[] {0.4f, 4f, 0.7f, 1.3f, 1.3f, 1.5f};
        if (gst) {
            heads.addAll(List.of("Taxable", "GST %", "CGST", "SGST"));
        }
        heads.add("Amount");
        PdfPTable lines = new PdfPTable(widths);
        lines.setWidthPercentage(100);
        lines.setHeaderRows(1);
        for (int i = 0; i < heads.size(); i++) {
            PdfPCell head = plain(heads.get(i), f.bold, i < 2 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            head.setBorder(Rectangle.BOTTOM);
            lines.addCell(head);
        }
        for (BillView.Line line : bill.lines()) {
            lines.addCell(plain(Integer.toString(line.lineNo()), f.normal, Element.ALIGN_LEFT));
            lines.addCell(plain(item(line), f.normal, Element.ALIGN_LEFT));
            lines.addCell(number(Integer.toString(line.quantity()), f.normal));
            lines.addCell(number(plainRupees(line.unitPrice()), f.normal));
            lines.addCell(number(plainRupees(line.discount()), f.normal));
            if (gst) {
                lines.addCell(number(plainRupees(line.taxable()), f.normal));
                lines.addCell(number(line.gstRate().stripTrailingZeros().toPlainString(), f.normal));
                lines.addCell(number(plainRupees(line.cgst()), f.normal));
                lines.addCell(number(plainRupees(line.sgst()), f.normal));
            }
            lines.addCell(number(plainRupees(line.lineTotal()), f.normal));
        }
        return lines;
    }

    private PdfPTable narrowLines(BillView bill, Fonts f) {
        PdfPTable lines = new PdfPTable(new float[] {2.2f, 1f});
        lines.setWidthPercentage(100);
        for (BillView.Line line : bill.lines()) {
            PdfPCell name = plain(item(line), f.bold, Element.ALIGN_LEFT);
            name.setColspan(2);
            lines.addCell(name);
            BigDecimal discount = line.discount();
            lines.addCell(plain(line.quantity() + " x " + plainRupees(line.unitPrice())
                    + (discount.signum() > 0 ? " - " + plainRupees(discount) : "")
                    + (bill.gstEnabled() && line.gstRate().signum() > 0
                            ? " +GST " + line.gstRate().stripTrailingZeros().toPlainString() + "%" : ""),
                    f.normal, Element.ALIGN_LEFT));
            lines.addCell(number(plainRupees(line.lineTotal()), f.normal));
        }
        return lines;
    }

    private PdfPTable totals(BillView bill, Fonts f, boolean narrow) {
        PdfPTable totals = new PdfPTable(narrow ? new float[] {1.4f, 1f} : new float[] {4f, 1.3f});
        totals.setWidthPercentage(narrow ? 100 : 60);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        total(totals, "Subtotal", bill.subtotal(), f.normal);
        if (bill.discount().signum() > 0) {
            total(totals, "Discount", bill.discount().negate(), f.normal);
        }
        if (bill.gstEnabled()) {
            total(totals, "Taxable value", bill.taxable(), f.normal);
            total(totals, "CGST", bill.cgst(), f.normal);
            total(totals, "SGST", bill.sgst(), f.normal);
        }
        total(totals, "Grand total", bill.grandTotal(), f.heading);
        BigDecimal credited = bill.credited();
        if (credited.signum() > 0) {
            total(totals, "Credit notes", credited.negate(), f.normal);
        }
        if (bill.live()) {
            BigDecimal paid = bill.grandTotal().subtract(credited).subtract(bill.amountDue());
            total(totals, "Paid", paid, f.normal);
            total(totals, bill.amountDue().signum() < 0 ? "Refund due" : "Amount due", bill.amountDue().abs(), f.bold);
        }
        return totals;
    }

    private static void total(PdfPTable table, String label, BigDecimal amount, Font font) {
        table.addCell(plain(label, font, Element.ALIGN_RIGHT));
        table.addCell(number(rupees(amount), font));
    }

    private PdfPTable codes(BillView bill, String trackingUrl, Fonts f, boolean narrow) {
        PdfPTable codes = new PdfPTable(narrow ? 1 : 2);
        codes.setWidthPercentage(narrow ? 100 : 80);
        float size = 150f;
        codes.addCell(code(trackingUrl, "Scan to follow your order", size, f));
        if (bill.upiLink() != null) {
            codes.addCell(code(bill.upiLink(), "Scan to pay " + rupees(bill.amountDue()) + " by UPI", size, f));
        } else {
            String state = !bill.live() ? "" : bill.amountDue().signum() <= 0 ? "PAID" : "Amount due " + rupees(bill.amountDue());
            PdfPCell cell = plain(state, f.title, Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            codes.addCell(cell);
        }
        return codes;
    }

    private static PdfPCell code(String text, String caption, float size, Fonts f) {
        try {
            Image qr = Image.getInstance(Codes.qrPng(text, QR_PIXELS));
            qr.scaleAbsolute(size, size);
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            PdfPCell image = new PdfPCell(qr, false);
            image.setBorder(Rectangle.NO_BORDER);
            image.setHorizontalAlignment(Element.ALIGN_CENTER);
            box.addCell(image);
            box.addCell(plain(caption, f.small, Element.ALIGN_CENTER));
            PdfPCell cell = new PdfPCell(box);
            cell.setBorder(Rectangle.NO_BORDER);
            return cell;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String item(BillView.Line line) {
        return line.product() + (line.size() == null || line.size().isBlank() ? "" : " " + line.size());
    }

    /** "Rs. 1,24,000.50": the built-in fonts have no rupee sign. */
    static String rupees(BigDecimal amount) {
        return Rupees.format(amount).replace("₹", "Rs. ");
    }

    private static String plainRupees(BigDecimal amount) {
        return Rupees.format(amount).replace("₹", "");
    }

    private static PdfPCell wrap(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static PdfPCell centred(String text, Font font) {
        return plain(text, font, Element.ALIGN_CENTER);
    }

    private static PdfPCell number(String text, Font font) {
        return plain(text, font, Element.ALIGN_RIGHT);
    }

    private static PdfPCell plain(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPadding(2);
        return cell;
    }

    /** Type sizes per paper: a thermal line has about 32 characters. */
    private static final class Fonts {
        final Font title;
        final Font heading;
        final Font bold;
        final Font normal;
        final Font small;

        Fonts(boolean narrow) {
            float base = narrow ? 7.5f : 9f;
            title = new Font(Font.HELVETICA, base + 5, Font.BOLD, Color.BLACK);
            heading = new Font(Font.HELVETICA, base + 2, Font.BOLD, Color.BLACK);
            bold = new Font(Font.HELVETICA, base, Font.BOLD, Color.BLACK);
            normal = new Font(Font.HELVETICA, base, Font.NORMAL, Color.BLACK);
            small = new Font(Font.HELVETICA, base - 1, Font.NORMAL, Color.DARK_GRAY);
        }
    }
}
