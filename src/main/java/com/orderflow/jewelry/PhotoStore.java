package com.orderflow.jewelry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.files.ImageType;
import com.orderflow.platform.files.TransactionalFiles;
import com.orderflow.platform.files.UploadedImage;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Photos of designs and of repair items (J1, J9), under {@code orderflow.jewelry.photo-folder}. A
 * file is trusted by its content only (a JPEG, PNG or WebP that decodes whole, {@link UploadedImage}),
 * never by its name or declared type.
 * All files of an upload are checked before one is written; a transaction that rolls back removes
 * the files it wrote, so the folder never holds a photo the database does not know.
 */
@Service
public class PhotoStore {

    /** One uploaded file as the browser sent it. */
    public record Upload(String name, byte[] bytes) {
    }

    /** A stored photo's bytes and type. */
    public record Photo(byte[] bytes, String contentType) {
    }

    private final JewelryService service;
    private final JewelryPhotos photos;
    private final JewelrySettings settings;
    private final ShopClock clock;
    private final AuditLog audit;

    PhotoStore(JewelryService service, JewelryPhotos photos, JewelrySettings settings, ShopClock clock, AuditLog audit) {
        this.service = service;
        this.photos = photos;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Intake with its photos, all or nothing: refused files stop the order before it is taken, and
     * an order that fails keeps none of the files.
     */
    @Transactional
    public JewelryOrderView takeWithPhotos(NewJewelryOrder request, List<Upload> uploads, CurrentUser user) {
        types(uploads);
        JewelryOrderView order = service.take(request, user);
        if (!uploads.isEmpty()) {
            add(order.number(), uploads, user);
        }
        return service.get(order.number(), user);
    }

    @Transactional
    public int add(String number, List<Upload> uploads, CurrentUser user) {
        JewelryAccess.mayAddPhotos(user);
        JewelryOrder order = service.load(number);
        List<String> types = types(uploads);
        Path folder = folderOf(order);
        for (int i = 0; i < uploads.size(); i++) {
            String type = types.get(i);
            String name = UUID.randomUUID() + "." + type.substring("image/".length());
            TransactionalFiles.write(folder.resolve(name), uploads.get(i).bytes());
            photos.save(new JewelryPhoto(order.id(), name, type, uploads.get(i).bytes().length, user.id(), clock.now()));
        }
        audit.record(user.id(), "JEWELRY_PHOTOS_ADDED", number, uploads.size() + " photo(s)");
        return uploads.size();
    }

    /** The content type of each upload; refuses them all, naming each bad file, if any is not a photo or too large. */
    private List<String> types(List<Upload> uploads) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String type = ImageType.contentTypeOf(upload.bytes());
            if (upload.bytes().length > settings.photoMaxSize().toBytes()) {
                long limit = settings.photoMaxSize().toBytes();
                String shown = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
                problems.add(FieldProblem.rule("photos[" + i + "]", upload.name() + " is larger than " + shown,
                        "jewelry.rule.photoTooLarge", upload.name(), shown));
            } else if (type == null) {
                problems.add(FieldProblem.rule("photos[" + i + "]", upload.name() + " is not a JPEG, PNG or WebP image",
                        "jewelry.rule.photoNotImage", upload.name()));
            } else {
                try {
                    UploadedImage.check(upload.bytes());
                } catch (UploadedImage.Unreadable e) {
                    problems.add(FieldProblem.rule("photos[" + i + "]", upload.name() + " " + e.getMessage(),
                            "jewelry.rule.photoUnreadable", upload.name()));
                }
            }
            types.add(type);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return types;
    }

    @Transactional(readOnly = true)
    public Photo read(String number, long photoId, CurrentUser user) {
        JewelryAccess.mayView(user);
        JewelryOrder order = service.load(number);
        JewelryPhoto photo = photos.findByIdAndOrderId(photoId, order.id())
                .orElseThrow(() -> new NotFoundException("No photo " + photoId + " on " + number));
        try {
            return new Photo(Files.readAllBytes(folderOf(order).resolve(photo.fileName())), photo.contentType());
        } catch (IOException e) {
            throw new NotFoundException("The file of photo " + photoId + " is missing");
        }
    }

    private Path folderOf(JewelryOrder order) {
        return settings.photoFolder().toAbsolutePath().normalize().resolve(order.number());
    }

}
