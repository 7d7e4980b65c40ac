package com.orderflow.billing;

import static com.orderflow.billing.PrintedParts.cell;
import static com.orderflow.billing.PrintedParts.centred;
import static com.orderflow.billing.PrintedParts.fact;
import static com.orderflow.billing.PrintedParts.number;
import static com.orderflow.billing.PrintedParts.rupees;
import static com.orderflow.billing.PrintedParts.wrap;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.orderflow.billing.PrintedParts.Type;
import com.orderflow.inventory.CounterPayment;
import com.orderflow.inventory.CounterSaleReceipt;
import com.orderflow.platform.ShopClock;

/**
 * The counter receipt on the 80 mm thermal printer: the shop (name, address, phone, GSTIN), the
 * sale's number, time and cashier, the items with ₹ amounts, the total, how it was paid and, when
 * paid by UPI, a UPI QR for the amount bound to the sale's number.
 */
@Component
class CounterReceiptPdf {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final BillingSettings settings;
    private final UpiLinks upiLinks;
    private final ShopClock clock;

    CounterReceiptPdf(BillingSettings settings, UpiLinks upiLinks, ShopClock clock) {
        this.settings = settings;
        this.upiLinks = upiLinks;
        this.clock = clock;
    }

    byte[] render(CounterSaleReceipt sale) {
        Type t = Type.of(true);
        PdfPTable page = PrintedParts.page(true);
        PrintedParts.shopHead(page, settings, settings.getGst().isEnabled() ? settings.getGst().getGstin() : null, t);
        page.addCell(centred("RECEIPT", t.heading()));
        PdfPTable facts = PrintedParts.facts(1f, 2.2f);
        fact(facts, "Receipt no.", sale.reference(), t);
        fact(facts, "Date", WHEN.withZone(clock.zone()).format(sale.soldAt()), t);
        fact(facts, "Cashier", sale.soldBy(), t);
        page.addCell(wrap(facts));
        page.addCell(wrap(lines(sale, t)));
        PdfPTable totals = new PdfPTable(new float[] {1.4f, 1f});
        totals.setWidthPercentage(100);
        totals.addCell(cell("Total", t.heading(), Element.ALIGN_RIGHT));
        totals.addCell(number(rupees(sale.total()), t.heading()));
        totals.addCell(cell("Paid by " + mode(sale.paymentMode()), t.normal(), Element.ALIGN_RIGHT));
        totals.addCell(number(sale.paymentReference() == null ? "" : "Ref " + sale.paymentReference(), t.normal()));
        page.addCell(wrap(totals));
        if (sale.paymentMode() == CounterPayment.UPI) {
            upiLinks.forCounter(sale.reference(), sale.total()).ifPresent(link -> page.addCell(
                    PrintedParts.qr(link, "UPI " + rupees(sale.total()) + " for " + sale.reference(), 120f, t)));
        }
        page.addCell(centred("Amounts in Indian rupees (₹). Thank you!", t.small()));
        return PrintedParts.pdf(page, true, "Receipt " + sale.reference(), settings.getShopName());
    }

    private static PdfPTable lines(CounterSaleReceipt sale, Type t) {
        PdfPTable lines = new PdfPTable(new float[] {2.2f, 1f});
        lines.setWidthPercentage(100);
        for (CounterSaleReceipt.Line line : sale.lines()) {
            PdfPCell name = cell(line.product() + (line.size() == null ? "" : " " + line.size()), t.bold(),
                    Element.ALIGN_LEFT);
            name.setColspan(2);
            lines.addCell(name);
            lines.addCell(cell(line.quantity() + " x " + rupees(line.unitPrice()), t.normal(), Element.ALIGN_LEFT));
            lines.addCell(number(rupees(line.lineTotal()), t.normal()));
        }
        PdfPCell rule = new PdfPCell();
        rule.setColspan(2);
        rule.setBorder(Rectangle.BOTTOM);
        lines.addCell(rule);
        return lines;
    }

    private static String mode(CounterPayment mode) {
        return mode == CounterPayment.UPI ? "UPI" : mode.name().charAt(0) + mode.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
