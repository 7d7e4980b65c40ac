package com.orderflow.helpdesk;

import org.springframework.stereotype.Component;

import com.orderflow.platform.files.UploadedImage;
import com.orderflow.platform.web.InvalidInputException;

/**
 * A customer's photo for a ticket, checked before anything of the message is saved: at most
 * {@code orderflow.helpdesk.photo-max-size}, a JPEG, PNG or WebP by its content that decodes whole
 * ({@link UploadedImage}). What is kept is the app's own JPEG of the picture (longer side at most
 * {@code photo-max-side}, transparency on white), never the uploaded bytes.
 */
@Component
class PhotoCheck {
    static final String FIELD = "photo";

    /** The picture to keep. */
    record Checked(byte[] bytes, String contentType) {
    }

    private final HelpdeskSettings settings;

    PhotoCheck(HelpdeskSettings settings) {
        this.settings = settings;
    }

    /**
     * The photo to keep, or null when none was sent (no file, or an empty one from a form left blank).
     *
     * @throws InvalidInputException naming {@code photo} when it is too big or no readable picture
     */
    Checked check(byte[] upload) {
        if (upload == null || upload.length == 0) {
            return null;
        }
        long max = settings.getPhotoMaxSize().toBytes();
        if (upload.length > max) {
            throw new InvalidInputException(FIELD, "must be at most " + megabytes(max)
                    + " (take the photo again at a lower resolution)");
        }
        return new Checked(UploadedImage.check(upload, FIELD).jpeg(settings.getPhotoMaxSide()), "image/jpeg");
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
