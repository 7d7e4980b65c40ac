package com.orderflow.platform.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.orderflow.platform.web.InvalidInputException;

/**
 * A picture someone uploaded (return photo, proof of delivery, jewelry design), checked all the
 * way before a byte of it is stored: its first bytes name a JPEG, PNG or WebP ({@link ImageType}),
 * and the whole file decodes as that type, without warnings, within {@link #MAX_PIXELS}. A file
 * that only starts like an image (an HTML page behind a JPEG or WebP header) is refused. WebP is
 * read by TwelveMonkeys' ImageIO plugin.
 *
 * @param type    what the file is
 * @param width   its width in pixels
 * @param height  its height in pixels
 * @param preview the picture, decoded at a reduced resolution when it is large (for thumbnails)
 */
public record UploadedImage(ImageType type, int width, int height, BufferedImage preview) {
    /** The largest picture taken: a phone camera's full resolution is well below it. */
    public static final long MAX_PIXELS = 30_000_000L;
    /** Large pictures are decoded every n-th pixel, so that decoding one never needs more memory than this. */
    private static final long PREVIEW_PIXELS = 2_000_000L;

    static {
        // the WebP reader is found on the application's class path, also inside the packaged jar
        ImageIO.scanForPlugins();
    }

    /** What is wrong with an uploaded file, worded as a rule ("starts like a JPEG image but …"). */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String rule) {
            super(rule);
        }
    }

    /**
     * The checked picture.
     *
     * @throws InvalidInputException naming {@code field} with the rule the file broke
     */
    public static UploadedImage check(byte[] bytes, String field) {
        try {
            return check(bytes);
        } catch (Unreadable e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /**
     * The checked picture.
     *
     * @throws Unreadable when it is no JPEG, PNG or WebP, does not decode as one, or is too large
     */
    public static UploadedImage check(byte[] bytes) {
        ImageType type = ImageType.of(bytes).orElseThrow(() -> new Unreadable("must be a JPEG, PNG or WebP image"));
        String unreadable = "starts like a " + type.name() + " image but is not a readable picture";
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type.contentType() + " on the class path");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new Unreadable(unreadable);
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new Unreadable("is " + width + " × " + height + " pixels: at most " + MAX_PIXELS / 1_000_000
                        + " megapixels are taken; take the picture at a lower resolution");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage preview = reader.read(0, param);
            if (preview == null || !warnings.isEmpty()) {
                throw new Unreadable(unreadable);
            }
            return new UploadedImage(type, width, height, preview);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable rule) {
                throw rule;
            }
            throw new Unreadable(unreadable);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The app's own JPEG of the picture (a thumbnail, a re-encoded copy): its longer side at most
     * {@code maxSide} pixels, transparency on white; nothing of the uploaded file's other content.
     */
    public byte[] jpeg(int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(preview.getWidth(), preview.getHeight()));
        int w = Math.max(1, (int) Math.round(preview.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(preview.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(preview, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a picture as JPEG", e);
        }
        return out.toByteArray();
    }

    /** Every how many pixels to decode, so that the preview has at most {@link #PREVIEW_PIXELS}. */
    private static int subsampling(int width, int height) {
        double factor = Math.sqrt((double) width * height / PREVIEW_PIXELS);
        return factor <= 1 ? 1 : (int) Math.ceil(factor);
    }
}
