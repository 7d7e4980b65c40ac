package com.orderflow.billing;

import static com.orderflow.billing.PrintedParts.cell;
import static com.orderflow.billing.PrintedParts.centred;
import static com.orderflow.billing.PrintedParts.fact;
import static com.orderflow.billing.PrintedParts.number;
import static com.orderflow.billing.PrintedParts.plainRupees;
import static com.orderflow.billing.PrintedParts.rupees;
import static com.orderflow.billing.PrintedParts.wrap;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.orderflow.billing.PrintedParts.Type;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.documents.PdfText;

/**
 * The printed bill (K1), a proper invoice: the shop with its GSTIN, the customer's name, phone and
 * address, HSN/SAC per line and the place of supply when GST is on, amounts with ₹. A4 for the
 * office printer, 80 mm for the thermal printer at the counter, each with the tracking QR and, while
 * money is due, the UPI payment QR. Text is set in the app's embedded fonts ({@link PdfText}), so
 * Marathi and Hindi names print as they are written.
 */
@Component
class BillDocuments {
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
        return PrintedParts.pdf(content(bill, trackingUrl, narrow), narrow, "Bill " + bill.number(),
                settings.getShopName());
    }

    private PdfPTable content(BillView bill, String trackingUrl, boolean narrow) {
        Type t = Type.of(narrow);
        PdfPTable page = PrintedParts.page(narrow);
        PrintedParts.shopHead(page, settings, bill.gstEnabled() ? bill.gstin() : null, t);
        page.addCell(centred(bill.gstEnabled() ? "TAX INVOICE" : "BILL", t.heading()));
        if (bill.status() != BillStatus.ISSUED) {
            page.addCell(centred(bill.status() == BillStatus.SUPERSEDED ? "SUPERSEDED by " + bill.supersededBy()
                    : "CANCELLED", t.heading()));
        }
        page.addCell(facts(bill, t, narrow));
        page.addCell(wrap(narrow ? narrowLines(bill, t) : wideLines(bill, t)));
        page.addCell(wrap(totals(bill, t, narrow)));
        page.addCell(wrap(codes(bill, trackingUrl, t, narrow)));
        page.addCell(centred("Amounts in Indian rupees (₹)" + (bill.gstEnabled() ? "; prices exclude GST" : "")
                + ". Thank you!", t.small()));
        return page;
    }

    private PdfPCell facts(BillView bill, Type t, boolean narrow) {
        PdfPTable facts = narrow ? PrintedParts.facts(1f, 2.2f) : PrintedParts.facts(1f, 2f, 1f, 2f);
        fact(facts, "Bill no.", bill.number(), t);
        fact(facts, "Date", WHEN.withZone(clock.zone()).format(bill.issuedAt()), t);
        fact(facts, "Order", bill.orderNumber(), t);
        fact(facts, "Customer", bill.customerName(), t);
        if (bill.customerPhone() != null) {
            fact(facts, "Phone", bill.customerPhone(), t);
        }
        if (bill.customerAddress() != null) {
            fact(facts, "Address", bill.customerAddress(), t);
        }
        if (bill.gstEnabled() && bill.placeOfSupply() != null) {
            fact(facts, "Place of supply", bill.placeOfSupply(), t);
        }
        if (bill.revises() != null) {
            fact(facts, "Revises", bill.revises(), t);
            fact(facts, "Reason", bill.reason(), t);
        }
        facts.completeRow();
        return wrap(facts);
    }

    private PdfPTable wideLines(BillView bill, Type t) {
        boolean gst = bill.gstEnabled();
        List<String> heads = new ArrayList<>(List.of("#", "Item"));
        if (gst) {
            heads.add("HSN/SAC");
        }
        heads.addAll(List.of("Qty", "Rate", "Discount"));
        float[] widths = gst ? new float[] {0.35f, 2.3f, 1.05f, 0.5f, 1.05f, 1.05f, 1.1f, 0.8f, 0.9f, 0.9f, 1.2f}
                : new float[] {0.4f, 4f, 0.7f, 1.3f, 1.3f, 1.5f};
        if (gst) {
            heads.addAll(List.of("Taxable", "GST %", "CGST", "SGST"));
        }
        heads.add("Amount");
        PdfPTable lines = new PdfPTable(widths);
        lines.setWidthPercentage(100);
        lines.setHeaderRows(1);
        for (int i = 0; i < heads.size(); i++) {
            PdfPCell head = cell(heads.get(i), t.bold(), i < 2 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            head.setBorder(Rectangle.BOTTOM);
            lines.addCell(head);
        }
        for (BillView.Line line : bill.lines()) {
            lines.addCell(cell(Integer.toString(line.lineNo()), t.normal(), Element.ALIGN_LEFT));
            lines.addCell(cell(item(line), t.normal(), Element.ALIGN_LEFT));
            if (gst) {
                lines.addCell(number(line.hsn() == null ? "" : line.hsn(), t.normal()));
            }
            lines.addCell(number(Integer.toString(line.quantity()), t.normal()));
            lines.addCell(number(plainRupees(line.unitPrice()), t.normal()));
            lines.addCell(number(plainRupees(line.discount()), t.normal()));
            if (gst) {
                lines.addCell(number(plainRupees(line.taxable()), t.normal()));
                lines.addCell(number(line.gstRate().stripTrailingZeros().toPlainString(), t.normal()));
                lines.addCell(number(plainRupees(line.cgst()), t.normal()));
                lines.addCell(number(plainRupees(line.sgst()), t.normal()));
            }
            lines.addCell(number(plainRupees(line.lineTotal()), t.normal()));
        }
        return lines;
    }

    private PdfPTable narrowLines(BillView bill, Type t) {
        PdfPTable lines = new PdfPTable(new float[] {2.2f, 1f});
        lines.setWidthPercentage(100);
        for (BillView.Line line : bill.lines()) {
            PdfPCell name = cell(item(line), t.bold(), Element.ALIGN_LEFT);
            name.setColspan(2);
            lines.addCell(name);
            BigDecimal discount = line.discount();
            boolean taxed = bill.gstEnabled() && line.gstRate().signum() > 0;
            lines.addCell(cell(line.quantity() + " x " + rupees(line.unitPrice())
                    + (discount.signum() > 0 ? " - " + rupees(discount) : "")
                    + (taxed ? " +GST " + line.gstRate().stripTrailingZeros().toPlainString() + "%" : "")
                    + (bill.gstEnabled() && line.hsn() != null ? " HSN " + line.hsn() : ""),
                    t.normal(), Element.ALIGN_LEFT));
            lines.addCell(number(rupees(line.lineTotal()), t.normal()));
        }
        return lines;
    }

    private PdfPTable totals(BillView bill, Type t, boolean narrow) {
        PdfPTable totals = new PdfPTable(narrow ? new float[] {1.4f, 1f} : new float[] {4f, 1.3f});
        totals.setWidthPercentage(narrow ? 100 : 60);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        total(totals, "Subtotal", bill.subtotal(), t.normal());
        if (bill.discount().signum() > 0) {
            total(totals, "Discount", bill.discount().negate(), t.normal());
        }
        if (bill.gstEnabled()) {
            total(totals, "Taxable value", bill.taxable(), t.normal());
            total(totals, "CGST", bill.cgst(), t.normal());
            total(totals, "SGST", bill.sgst(), t.normal());
        }
        total(totals, "Grand total", bill.grandTotal(), t.heading());
        BigDecimal credited = bill.credited();
        if (credited.signum() > 0) {
            total(totals, "Credit notes", credited.negate(), t.normal());
        }
        if (bill.live()) {
            BigDecimal paid = bill.grandTotal().subtract(credited).subtract(bill.amountDue());
            total(totals, "Paid", paid, t.normal());
            total(totals, bill.amountDue().signum() < 0 ? "Refund due" : "Amount due", bill.amountDue().abs(), t.bold());
        }
        return totals;
    }

    private static void total(PdfPTable table, String label, BigDecimal amount, PdfText type) {
        table.addCell(cell(label, type, Element.ALIGN_RIGHT));
        table.addCell(number(rupees(amount), type));
    }

    private PdfPTable codes(BillView bill, String trackingUrl, Type t, boolean narrow) {
        PdfPTable codes = new PdfPTable(narrow ? 1 : 2);
        codes.setWidthPercentage(narrow ? 100 : 80);
        float size = 150f;
        codes.addCell(PrintedParts.qr(trackingUrl, "Scan to follow your order", size, t));
        if (bill.upiLink() != null) {
            codes.addCell(PrintedParts.qr(bill.upiLink(), "Scan to pay " + rupees(bill.amountDue()) + " by UPI", size, t));
        } else {
            String state = !bill.live() ? "" : bill.amountDue().signum() <= 0 ? "PAID" : "Amount due " + rupees(bill.amountDue());
            PdfPCell cell = cell(state, t.title(), Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            codes.addCell(cell);
        }
        return codes;
    }

    private static String item(BillView.Line line) {
        return line.product() + (line.size() == null || line.size().isBlank() ? "" : " " + line.size());
    }
}
