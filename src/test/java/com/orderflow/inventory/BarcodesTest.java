package com.orderflow.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** K16: a pack label renders as a Code 128 PNG that a scanner reads back to SKU, size, batch and expiry. */
class BarcodesTest {

    @Test
    void aRenderedLabelDecodesBackToTheSameProductAndBatch() throws Exception {
        PackLabel label = new PackLabel("KK-1KG", "1 kg", "KK1KG-20261122", LocalDate.of(2026, 11, 30));
        byte[] png = new Barcodes().png(label);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Result result = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.CODE_128),
                        DecodeHintType.PURE_BARCODE, Boolean.TRUE));

        assertEquals(BarcodeFormat.CODE_128, result.getBarcodeFormat());
        assertEquals("KK-1KG|1 kg|KK1KG-20261122|2026-11-30", result.getText());
        assertEquals(label, PackLabel.parse(result.getText()).orElseThrow());
    }

    @Test
    void typedSkusAreNotLabels() {
        assertEquals(java.util.Optional.empty(), PackLabel.parse("KK-1KG"));
        assertEquals(java.util.Optional.empty(), PackLabel.parse("KK-1KG|1 kg|B1|not-a-date"));
    }
}
