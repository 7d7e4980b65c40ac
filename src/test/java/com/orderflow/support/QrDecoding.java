package com.orderflow.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/** Reads printed bills back as a phone camera would: PDF rendered at 300 DPI, every QR code decoded. */
public final class QrDecoding {
    private QrDecoding() {
    }

    /** The texts of all QR codes on the first page. */
    public static List<String> qrTextsOfPdf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 300, ImageType.GRAY);
            return qrTexts(page);
        }
    }

    public static List<String> qrTextsOfPng(byte[] png) throws IOException {
        return qrTexts(ImageIO.read(new ByteArrayInputStream(png)));
    }

    /** The first page's size in points: width, height. */
    public static float[] pageSize(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var box = document.getPage(0).getMediaBox();
            return new float[] {box.getWidth(), box.getHeight(), document.getNumberOfPages()};
        }
    }

    private static List<String> qrTexts(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap,
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return Arrays.stream(results).map(Result::getText).toList();
        } catch (NotFoundException none) {
            return List.of();
        }
    }
}
