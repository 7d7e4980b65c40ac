package com.orderflow.jewelry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;

/** The piece's barcode tag (J6): a scanner reads back tag number, metal, purity and weight. */
class JewelryTagTest {

    static String decode(byte[] png) throws IOException, NotFoundException, com.google.zxing.FormatException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        Result result = new Code128Reader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
        assertEquals(BarcodeFormat.CODE_128, result.getBarcodeFormat());
        return result.getText();
    }

    @Test
    void theTagPngDecodesToItsContent() throws Exception {
        String content = JewelryTags.content("T-000123", Metal.GOLD, "22K", new BigDecimal("12.345"));
        assertEquals("T-000123|GOLD|22K|12.345g", content);

        String scanned = decode(JewelryTags.png(content));

        assertEquals(content, scanned);
        JewelryTags.TagContent tag = JewelryTags.parse(scanned);
        assertEquals("T-000123", tag.tagNumber());
        assertEquals(Metal.GOLD, tag.metal());
        assertEquals("22K", tag.purity());
        assertEquals(new BigDecimal("12.345"), tag.grams());
    }

    @Test
    void weightsAreWrittenToTheMilligram() {
        assertEquals("T-000001|SILVER|925|40.500g",
                JewelryTags.content("T-000001", Metal.SILVER, "925", new BigDecimal("40.5")));
    }

    @Test
    void somethingElseScannedIsNotTakenForATag() {
        assertThrows(IllegalArgumentException.class, () -> JewelryTags.parse("KK-1KG|1 kg|B1|2026-03-01"));
        assertThrows(IllegalArgumentException.class, () -> JewelryTags.parse(""));
    }
}
