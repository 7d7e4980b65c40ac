package com.orderflow.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The laptop default database: a PostgreSQL 17 server run from the binaries in the jar, its data in a
 * folder of its own that nothing ever cleans. It is as durable as any PostgreSQL: a commit is answered
 * only once its write-ahead log is on disk ({@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on, which zonky's builder turns off for throw-away test databases), so a
 * killed app or a power cut loses nothing that was acknowledged; the next start replays the log.
 * Started before everything that uses it and stopped after (STACK.md trap 8), never by a JVM hook.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    public static final String DATABASE = "orderflow";
    public static final String USER = "postgres";
    /** Server settings that make an acknowledged commit survive a crash of the app, the server or the machine. */
    static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;
    private final FileChannel lockFile;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockFile, FileLock lock) {
        this.postgres = postgres;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Starts the server on {@code folder} (creating the database on the first start), after stopping
     * a server that a killed app left running there. Refuses while another app uses the folder.
     */
    public static EmbeddedDatabase start(Path folder, int port, Duration startTimeout) {
        Path root = folder.toAbsolutePath().normalize();
        Path data = root.resolve("data");
        Path binaries = root.resolve("binaries");
        FileChannel lockFile = null;
        FileLock lock = null;
        try {
            Files.createDirectories(root);
            lockFile = FileChannel.open(root.resolve("orderflow.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = tryLock(lockFile);
            if (lock == null) {
                throw new IllegalStateException("Another orderflow is running on the database folder " + root
                        + "; stop it first, or give this one its own folder (orderflow.database.embedded.folder)");
            }
            LeftoverServer.clear(data, binaries, startTimeout);
            boolean fresh = !Files.exists(data.resolve("PG_VERSION"));
            Path serverLog = root.resolve("server.log");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(port)
                    .setPGStartupWait(startTimeout)
                    // the server outlives a killed JVM: it must not write into a pipe that JVM held
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    // the same sorting and upper/lower case on every operating system, and no collation
                    // that changes under the database with an OS update (PostgreSQL 17's builtin provider)
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8");
            DURABLE.forEach(builder::setServerConfig);
            if (System.getProperty("os.name", "").startsWith("Mac")) {
                // macOS's fsync leaves the write in the drive's cache; PostgreSQL's documentation asks for this
                builder.setServerConfig("wal_sync_method", "fsync_writethrough");
            }
            EmbeddedPostgres postgres;
            try {
                postgres = builder.start();
            } catch (RuntimeException | IOException e) {
                throw new IllegalStateException("The embedded database did not start on " + data + " (port "
                        + (port == 0 ? "any" : port) + "); its own words are in " + serverLog, e);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, lockFile, lock);
            try {
                database.createDatabaseIfMissing();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("Embedded PostgreSQL {} on localhost:{}, data in {}", fresh ? "created" : "started",
                    postgres.getPort(), data);
            return database;
        } catch (IOException | RuntimeException e) {
            release(lock, lockFile);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not prepare the database folder " + root, io);
            }
            throw (RuntimeException) e;
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    /** A fast shutdown: open transactions roll back, committed ones are already safe; a checkpoint is written. */
    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            release(lock, lockFile);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var present = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!present.next()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            return null;
        }
    }

    private static void release(FileLock lock, FileChannel channel) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            log.warn("Could not release the database folder's lock: {}", e.getMessage());
        }
    }
}
