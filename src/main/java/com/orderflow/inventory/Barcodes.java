package com.orderflow.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;

/** Code 128 pictures of pack labels (K16), as PNG for the label page and its print. */
@Component
public class Barcodes {
    static final int WIDTH = 560;
    static final int HEIGHT = 120;

    /** A PNG of the label's Code 128 barcode, with a quiet zone a hand scanner needs. */
    public byte[] png(PackLabel label) {
        BitMatrix matrix = new Code128Writer().encode(label.content(), BarcodeFormat.CODE_128, WIDTH, HEIGHT,
                Map.of(EncodeHintType.MARGIN, 20));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
