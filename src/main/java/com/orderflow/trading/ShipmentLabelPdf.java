package com.orderflow.trading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.documents.Codes;

/**
 * The shop's own shipping label (100 × 150 mm) for a courier that gives none: the AWB as Code 128,
 * the consignee, the order and the cash to collect.
 */
final class ShipmentLabelPdf {
    private static final Rectangle LABEL = new Rectangle(283, 425);

    private ShipmentLabelPdf() {
    }

    static byte[] render(String courier, String awb, String orderNumber, String consignee, String address, String phone,
            String codText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(LABEL, 14, 14, 14, 14);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Label " + awb);
            document.open();
            document.add(new Paragraph(TradingPdf.drawable(courier), TradingPdf.bold(14)));
            Image barcode = Image.getInstance(Codes.code128Png(awb, 500, 120));
            barcode.scaleToFit(255, 70);
            document.add(barcode);
            document.add(new Paragraph("AWB " + TradingPdf.drawable(awb), TradingPdf.bold(12)));
            document.add(new Paragraph(" ", TradingPdf.regular(6)));
            document.add(new Paragraph("To:", TradingPdf.regular(9)));
            document.add(new Paragraph(TradingPdf.drawable(consignee), TradingPdf.bold(12)));
            document.add(new Paragraph(TradingPdf.drawable(address), TradingPdf.regular(10)));
            document.add(new Paragraph(TradingPdf.drawable(phone), TradingPdf.regular(10)));
            document.add(new Paragraph(" ", TradingPdf.regular(6)));
            document.add(new Paragraph("Order " + orderNumber, TradingPdf.regular(10)));
            document.add(new Paragraph(TradingPdf.drawable(codText), TradingPdf.bold(12)));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not draw the label of " + awb, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
