package com.orderflow.packing;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * The printer queue as a folder ({@code orderflow.packing.printer-folder}, ./data/print-queue by
 * default). A slip is written to a hidden temporary file first and then moved into place in one
 * step, so whatever watches the folder never sees half a PDF.
 */
@Component
class FolderPrinterQueue implements PrinterQueue {
    private final Path folder;

    FolderPrinterQueue(PackingProperties properties) {
        this.folder = properties.printerFolder();
    }

    @Override
    public void print(String fileName, byte[] pdf) throws IOException {
        if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("Not a plain file name: " + fileName);
        }
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, ".printing-", ".part");
        try {
            Files.write(temporary, pdf);
            try {
                Files.move(temporary, folder.resolve(fileName), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(fileName), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    Path folder() {
        return folder;
    }
}
