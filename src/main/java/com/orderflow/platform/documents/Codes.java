package com.orderflow.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes and Code 128 barcodes as PNG, for pages and printed documents (bills, packing slips,
 * tags). One place, so every printed code has the quiet zone and error correction a phone camera
 * or a hand scanner needs.
 */
public final class Codes {
    private Codes() {
    }

    /**
     * A square QR code. Error correction M survives a crease or a smudge on thermal paper; the
     * 4-module quiet zone is what phone cameras need to find the code.
     */
    public static byte[] qrPng(String text, int sizePixels) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePixels, sizePixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            return png(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code (" + text.length() + " characters)", e);
        }
    }

    /** A Code 128 barcode with the quiet zone a hand scanner needs. */
    public static byte[] code128Png(String text, int widthPixels, int heightPixels) {
        BitMatrix matrix = new Code128Writer().encode(text, BarcodeFormat.CODE_128, widthPixels, heightPixels,
                Map.of(EncodeHintType.MARGIN, 20));
        return png(matrix);
    }

    private static byte[] png(BitMatrix matrix) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
