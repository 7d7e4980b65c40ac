package com.orderflow.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

import com.orderflow.platform.ShopClock;

/**
 * The laptop's backup: one archive under the backups folder with an online copy of the database
 * ({@link BaseBackup}) and then the files folder, so that every file a row of the copy names is in
 * it (files are written before their rows commit). Possible wherever the database's data directory
 * is on this machine (the embedded default); on a server the backup service makes the archives.
 */
@Component
public class LaptopBackup {
    private static final Logger log = LoggerFactory.getLogger(LaptopBackup.class);
    private static final String DEVELOPMENT = "development";

    private final DataSource dataSource;
    private final BackupSettings settings;
    private final ShopClock clock;

    LaptopBackup(DataSource dataSource, BackupSettings settings, ShopClock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    /** True where the app can copy its database itself: its data directory is readable here. */
    public boolean possible() {
        try (Connection connection = connect()) {
            return BaseBackup.readableDataDirectory(connection) != null;
        } catch (SQLException e) {
            return false;
        }
    }

    BackupFolder folder() {
        return new BackupFolder(settings.folder());
    }

    /** Makes an archive now (one at a time on this node), then lets the retention delete what it no longer keeps. */
    public synchronized BackupMade make() throws BackupFailedException {
        long began = System.nanoTime();
        BackupFolder folder = folder();
        Instant now = clock.now();
        if (Files.exists(folder.path().resolve(BackupFolder.nameFor(now, clock.zone())))) {
            // archives are named by the second: a second one within the same second waits for the next
            pause(Duration.ofMillis(1001));
            now = clock.now();
        }
        String name = BackupFolder.nameFor(now, clock.zone());
        Path target = folder.path().resolve(name);
        Path partial = folder.path().resolve("." + name + ".partial");
        Instant madeAt = now;
        try {
            Files.createDirectories(folder.path());
            if (Files.exists(target)) {
                throw new IOException("an archive named " + name + " exists already; try again in a second");
            }
            Manifest manifest;
            try (Connection connection = connect(); ArchiveWriter archive = new ArchiveWriter(partial)) {
                Path dataDirectory = BaseBackup.readableDataDirectory(connection);
                if (dataDirectory == null) {
                    throw new IOException("the database's data directory is not on this machine: the server's "
                            + "backup service makes its backups (README: Backups and restore)");
                }
                BaseBackup.Copied copied = BaseBackup.copy(connection, archive, "orderflow " + name);
                addFiles(archive, dataDirectory.getParent(), folder.path());
                Manifest[] written = new Manifest[1];
                archive.finish(entries -> written[0] = new Manifest(Manifest.FORMAT, Manifest.FORMAT_VERSION,
                        appVersion(), madeAt, ZonedDateTime.ofInstant(madeAt, clock.zone()).toString(), copied.postgresMajor(),
                        copied.systemId(), copied.startLsn(), copied.stopLsn(), entries));
                manifest = written[0];
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            long bytes = Files.size(target);
            List<String> deleted = folder.applyRetention(new Retention(settings.keepDaily(), settings.keepWeekly()));
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            log.info("Backup {} made: {} bytes ({} of database, {} files of {} bytes) in {} ms; retention deleted {}",
                    target, bytes, manifest.databaseBytes(), manifest.fileCount(), manifest.fileBytes(), took.toMillis(),
                    deleted);
            return new BackupMade(name, bytes, took, manifest.databaseBytes(), manifest.fileCount(), manifest.fileBytes(),
                    deleted);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .partial is never taken for an archive
            }
            throw new BackupFailedException("The backup into " + folder.path() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Everything under the data folder but the database's own folder (data, programs, log), the
     * backups and what a restore set aside; files half-written by an upload are left out too.
     */
    private void addFiles(ArchiveWriter archive, Path databaseFolder, Path backups) throws IOException {
        Path data = settings.dataFolder().toAbsolutePath().normalize();
        if (!Files.isDirectory(data)) {
            return;
        }
        Path database = databaseFolder.toAbsolutePath().normalize();
        archive.tree(Manifest.FILES, data, relative -> {
            Path absolute = data.resolve(relative).normalize();
            String name = relative.getFileName().toString();
            return !absolute.equals(database) && !absolute.equals(backups)
                    && !(relative.getNameCount() == 1 && name.startsWith(Restore.SET_ASIDE_PREFIX))
                    && !name.startsWith(".upload-");
        });
    }

    /**
     * A connection of its own for the backup session, outside the pool: the backup keeps it for the
     * whole copy, and a job that runs the backup already holds a pooled one.
     */
    private Connection connect() throws SQLException {
        if (dataSource instanceof HikariDataSource || dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String appVersion() {
        String version = LaptopBackup.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT : version;
    }
}
