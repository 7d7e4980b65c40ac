package com.orderflow.platform.files;

import java.util.Arrays;
import java.util.Optional;

/**
 * The only pictures staff and delivery boys may upload (return photos, proof of delivery, jewelry
 * designs): recognised by their first bytes, never by a file name or a declared content type,
 * which the uploader controls.
 */
public enum ImageType {
    JPEG("image/jpeg", ".jpg"), PNG("image/png", ".png"), WEBP("image/webp", ".webp");

    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP_MARK = {'W', 'E', 'B', 'P'};

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The file name ending, with its dot: ".jpg", ".png", ".webp". */
    public String extension() {
        return extension;
    }

    /** What the bytes are, or empty for anything but a JPEG, PNG or WebP image. */
    public static Optional<ImageType> of(byte[] bytes) {
        if (startsWith(bytes, 0, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_START)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_MARK)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The content type the bytes have, or null (for code that keeps content types as strings). */
    public static String contentTypeOf(byte[] bytes) {
        return of(bytes).map(ImageType::contentType).orElse(null);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes != null && bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
