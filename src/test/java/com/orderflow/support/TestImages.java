package com.orderflow.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Small real pictures for proof uploads, drawn here so that no test needs a file. */
public final class TestImages {
    private TestImages() {
    }

    /** A PNG of the size, a dark box on white (what a signature pad sends looks like this). */
    public static byte[] png(int width, int height) {
        return draw(width, height, "png");
    }

    /** A JPEG of the size (what a phone camera sends). */
    public static byte[] jpeg(int width, int height) {
        return draw(width, height, "jpg");
    }

    /** A real WebP (1 × 1, lossy: what a phone's browser may send); the JDK cannot write WebP, so it is spelled out. */
    public static byte[] webp() {
        return java.util.Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    }

    /** An HTML page behind the first bytes of a real picture of {@code type} ("jpg", "png" or "webp"). */
    public static byte[] htmlBehind(String type) {
        byte[] picture = switch (type) {
            case "jpg" -> jpeg(8, 8);
            case "png" -> png(8, 8);
            case "webp" -> webp();
            default -> throw new IllegalArgumentException(type);
        };
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes();
        byte[] fake = java.util.Arrays.copyOf(picture, 12 + html.length);
        System.arraycopy(html, 0, fake, 12, html.length);
        return fake;
    }

    private static byte[] draw(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(40, 60, 120));
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
