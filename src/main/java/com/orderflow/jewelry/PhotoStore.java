package com.orderflow.jewelry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Photos of designs and of repair items (J1, J9), under {@code orderflow.jewelry.photo-folder}. A
 * file is trusted by its first bytes only (JPEG, PNG, WebP), never by its name or declared type.
 * All files of an upload are checked before one is written; a transaction that rolls back removes
 * the files it wrote, so the folder never holds a photo the database does not know.
 */
@Service
public class PhotoStore {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

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
        List<Path> written = new ArrayList<>();
        rollbackRemoves(written);
        for (int i = 0; i < uploads.size(); i++) {
            String type = types.get(i);
            String name = UUID.randomUUID() + "." + type.substring("image/".length());
            write(folder, name, uploads.get(i).bytes());
            written.add(folder.resolve(name));
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
            String type = sniff(upload.bytes());
            if (upload.bytes().length > settings.photoMaxSize().toBytes()) {
                long limit = settings.photoMaxSize().toBytes();
                problems.add(new FieldProblem("photos[" + i + "]", upload.name() + " is larger than "
                        + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB")));
            } else if (type == null) {
                problems.add(new FieldProblem("photos[" + i + "]", upload.name() + " is not a JPEG, PNG or WebP image"));
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

    /** The content type by the first bytes, or null when it is none of the three. */
    static String sniff(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private Path folderOf(JewelryOrder order) {
        return settings.photoFolder().toAbsolutePath().normalize().resolve(order.number());
    }

    private static void write(Path folder, String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".upload-", ".part");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a photo", e);
        }
    }

    private static void rollbackRemoves(List<Path> written) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    for (Path path : written) {
                        try {
                            Files.deleteIfExists(path);
                        } catch (IOException e) {
                            // a stray file is harmless: no row names it
                        }
                    }
                }
            }
        });
    }
}
