package com.orderflow.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.support.TestImages;

/** An upload is taken only when the whole file decodes as the picture its first bytes promise. */
class UploadedImageTest {

    @Test
    void realJpegPngAndWebpPicturesAreTakenWithTheirSize() {
        UploadedImage jpeg = UploadedImage.check(TestImages.jpeg(64, 48));
        assertEquals(ImageType.JPEG, jpeg.type());
        assertEquals(64, jpeg.width());
        assertEquals(48, jpeg.preview().getHeight());
        assertEquals(ImageType.PNG, UploadedImage.check(TestImages.png(300, 120)).type());
        UploadedImage webp = UploadedImage.check(TestImages.webp());
        assertEquals(ImageType.WEBP, webp.type());
        assertEquals(1, webp.preview().getWidth());
    }

    @ParameterizedTest(name = "HTML behind a {0} header")
    @ValueSource(strings = {"jpg", "png", "webp"})
    void anHtmlPageBehindAPictureHeaderIsRefused(String type) {
        byte[] fake = TestImages.htmlBehind(type);
        UploadedImage.Unreadable refused = assertThrows(UploadedImage.Unreadable.class, () -> UploadedImage.check(fake));
        String name = ImageType.of(fake).orElseThrow().name();
        assertEquals("starts like a " + name + " image but is not a readable picture", refused.getMessage());
    }

    @Test
    void aCutOffPictureIsRefused() {
        byte[] jpeg = TestImages.jpeg(64, 48);
        assertThrows(UploadedImage.Unreadable.class, () -> UploadedImage.check(Arrays.copyOf(jpeg, jpeg.length / 2)));
    }

    @Test
    void aPictureOfMoreThanThirtyMegapixelsIsRefusedBeforeItIsDecoded() {
        byte[] png = TestImages.png(4, 4);
        // the header claims 8000 × 8000 pixels (its checksum made right): decoding would need 256 MB
        ByteBuffer.wrap(png, 16, 8).putInt(8000).putInt(8000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> UploadedImage.check(png, "photo"));
        assertEquals("photo", refused.problems().get(0).field());
        assertEquals("is 8000 × 8000 pixels: at most 30 megapixels are taken; take the picture at a lower resolution",
                refused.problems().get(0).message());
    }

    @Test
    void anythingElseIsNoPicture() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> UploadedImage.check("%PDF-1.7".getBytes(), "file"));
        assertEquals("must be a JPEG, PNG or WebP image", refused.problems().get(0).message());
    }
}
