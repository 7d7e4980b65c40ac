package com.orderflow.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** An upload is an image by its first bytes, whatever it is called. */
class ImageTypeTest {
    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void jpegPngAndWebpAreRecognisedByTheirFirstBytes() {
        assertEquals(Optional.of(ImageType.JPEG), ImageType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
        assertEquals(Optional.of(ImageType.PNG), ImageType.of(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0)));
        assertEquals(Optional.of(ImageType.WEBP), ImageType.of("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "
                .getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("image/webp", ImageType.WEBP.contentType());
        assertEquals(".jpg", ImageType.JPEG.extension());
    }

    @Test
    void anythingElseIsNoImageEvenWhenItClaimsToBeOne() {
        assertTrue(ImageType.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(ImageType.of("<svg xmlns=".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(ImageType.of("RIFF\u0000\u0000\u0000\u0000WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(ImageType.of(bytes(0xFF, 0xD8)).isEmpty(), "too short to be a JPEG");
        assertTrue(ImageType.of(new byte[0]).isEmpty());
        assertTrue(ImageType.of(null).isEmpty());
        assertEquals(null, ImageType.contentTypeOf("GIF89a".getBytes(StandardCharsets.US_ASCII)));
    }
}
