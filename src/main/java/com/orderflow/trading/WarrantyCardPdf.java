package com.orderflow.trading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.documents.Codes;

/**
 * A warranty card (A6): the shop, the product and its serial, from and to, and a QR code of the
 * public warranty page, where the customer checks it and makes a claim.
 */
final class WarrantyCardPdf {
    private WarrantyCardPdf() {
    }

    record Card(String shopName, String customerName, String orderNumber, String product, String serial,
            String startsOn, String endsOn, int months, String pageLink) {
    }

    static byte[] render(Card card) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 18, 18, 18, 18);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Warranty card " + card.serial());
            document.open();
            document.add(new Paragraph(TradingPdf.drawable(card.shopName()), TradingPdf.bold(13)));
            document.add(new Paragraph("WARRANTY CARD", TradingPdf.bold(11)));
            document.add(new Paragraph(" ", TradingPdf.regular(4)));
            document.add(new Paragraph(TradingPdf.drawable(card.product()), TradingPdf.bold(10)));
            document.add(new Paragraph("Serial: " + TradingPdf.drawable(card.serial()), TradingPdf.regular(10)));
            document.add(new Paragraph("Valid " + card.startsOn() + " to " + card.endsOn() + " (" + card.months()
                    + " months)", TradingPdf.regular(9)));
            document.add(new Paragraph("Customer: " + TradingPdf.drawable(card.customerName()), TradingPdf.regular(9)));
            document.add(new Paragraph("Order " + card.orderNumber(), TradingPdf.regular(9)));
            Image qr = Image.getInstance(Codes.qrPng(card.pageLink(), 300));
            qr.scaleToFit(110, 110);
            document.add(qr);
            document.add(new Paragraph("Scan to check the warranty or make a claim", TradingPdf.regular(7)));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not draw the warranty card of " + card.serial(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
