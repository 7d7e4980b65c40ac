package com.orderflow.billing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.orderflow.platform.Rupees;
import com.orderflow.platform.documents.Codes;
import com.orderflow.platform.documents.PdfText;

/**
 * What the bill and the counter receipt print alike: the paper (A4, or an 80 mm thermal strip as long
 * as its content), the shop's head, cells of text in the app's fonts, amounts with ₹, QR codes.
 */
final class PrintedParts {
    /** 80 mm in points; the height of a thermal print follows its content. */
    static final float THERMAL_WIDTH = 226.77f;
    private static final float THERMAL_MARGIN = 8f;
    private static final float A4_MARGIN = 36f;
    private static final int QR_PIXELS = 400;

    private PrintedParts() {
    }

    /** Type sizes per paper: a thermal line holds about 32 characters. */
    record Type(PdfText title, PdfText heading, PdfText bold, PdfText normal, PdfText small) {
        static Type of(boolean narrow) {
            float base = narrow ? 7.5f : 9f;
            return new Type(PdfText.bold(base + 5), PdfText.bold(base + 2), PdfText.bold(base), PdfText.regular(base),
                    PdfText.regular(base - 1).in(Color.DARK_GRAY));
        }
    }

    /** The width content may fill on the paper. */
    static float contentWidth(boolean narrow) {
        return narrow ? THERMAL_WIDTH - 2 * THERMAL_MARGIN : PageSize.A4.getWidth() - 2 * A4_MARGIN;
    }

    /** A one-column page table of the content width, without borders. */
    static PdfPTable page(boolean narrow) {
        PdfPTable page = new PdfPTable(1);
        page.setTotalWidth(contentWidth(narrow));
        page.setLockedWidth(true);
        page.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return page;
    }

    /** The content on A4, or on an 80 mm strip exactly as long as the content. */
    static byte[] pdf(PdfPTable content, boolean narrow, String title, String creator) {
        float margin = narrow ? THERMAL_MARGIN : A4_MARGIN;
        Rectangle paper = narrow ? new Rectangle(THERMAL_WIDTH, content.getTotalHeight() + 2 * margin + 4) : PageSize.A4;
        Document document = new Document(paper, margin, margin, margin, margin);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator(creator);
            document.open();
            document.add(content);
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException(title + " could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shop name, address, phone and, when given, the GSTIN, centred. */
    static void shopHead(PdfPTable page, BillingSettings settings, String gstin, Type t) {
        page.addCell(centred(settings.getShopName(), t.title()));
        if (!settings.getShopAddress().isBlank()) {
            page.addCell(centred(settings.getShopAddress(), t.small()));
        }
        if (!settings.getShopPhone().isBlank()) {
            page.addCell(centred("Phone " + settings.getShopPhone(), t.small()));
        }
        if (gstin != null && !gstin.isBlank()) {
            page.addCell(centred("GSTIN " + gstin, t.small()));
        }
    }

    /** A borderless table of label and value pairs (the widths say how many to a row); see {@link #fact}. */
    static PdfPTable facts(float... widths) {
        PdfPTable facts = new PdfPTable(widths);
        facts.setWidthPercentage(100);
        facts.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return facts;
    }

    /** A label and its value as two cells of a facts table. */
    static void fact(PdfPTable table, String label, String value, Type t) {
        table.addCell(cell(label, t.small(), Element.ALIGN_LEFT));
        table.addCell(cell(value == null ? "" : value, t.bold(), Element.ALIGN_LEFT));
    }

    /** A QR code with its caption under it. */
    static PdfPCell qr(String text, String caption, float size, Type t) {
        try {
            Image qr = Image.getInstance(Codes.qrPng(text, QR_PIXELS));
            qr.scaleAbsolute(size, size);
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            PdfPCell image = new PdfPCell(qr, false);
            image.setBorder(Rectangle.NO_BORDER);
            image.setHorizontalAlignment(Element.ALIGN_CENTER);
            box.addCell(image);
            box.addCell(cell(caption, t.small(), Element.ALIGN_CENTER));
            PdfPCell cell = new PdfPCell(box);
            cell.setBorder(Rectangle.NO_BORDER);
            return cell;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "₹1,24,000.50" */
    static String rupees(BigDecimal amount) {
        return Rupees.format(amount);
    }

    /** "1,24,000.50": in a column headed with the currency. */
    static String plainRupees(BigDecimal amount) {
        return Rupees.format(amount).replace("₹", "");
    }

    static PdfPCell wrap(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(4);
        return cell;
    }

    static PdfPCell centred(String text, PdfText type) {
        return cell(text, type, Element.ALIGN_CENTER);
    }

    static PdfPCell number(String text, PdfText type) {
        return cell(text, type, Element.ALIGN_RIGHT);
    }

    static PdfPCell cell(String text, PdfText type, int align) {
        PdfPCell cell = new PdfPCell(type.phrase(text));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPadding(2);
        return cell;
    }
}
