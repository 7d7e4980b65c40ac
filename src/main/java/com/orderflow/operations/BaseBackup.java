package com.orderflow.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An online, physical copy of a running PostgreSQL through its low-level base backup API (PostgreSQL
 * 17, "Making a Base Backup Using the Low Level API"), for a server whose data directory this
 * machine can read: the embedded default. zonky's binaries hold no pg_dump or pg_basebackup, and a
 * physical copy restores in seconds, timers, tasks and all.
 * <ol>
 * <li>A temporary physical replication slot holds back the WAL from here on, so that no segment the
 * copy needs is recycled by a checkpoint while it runs (dropped with the session).</li>
 * <li>{@code pg_backup_start(label, fast)} on one session, which stays open to the end.</li>
 * <li>The data directory is copied as it is, leaving out what the documentation says to leave out:
 * {@code postmaster.pid}, {@code postmaster.opts}, the contents of {@code pg_wal/},
 * {@code pg_replslot/}, {@code pg_dynshmem/}, {@code pg_notify/}, {@code pg_serial/},
 * {@code pg_snapshots/}, {@code pg_stat_tmp/} and {@code pg_subtrans/} (the folders themselves are
 * kept), {@code pgsql_tmp*} and {@code pg_internal.init} files.</li>
 * <li>{@code pg_backup_stop(false)} (no WAL archiving here) gives the {@code backup_label} and the
 * tablespace map, written into the copy as files of those names.</li>
 * <li>The WAL segments from the start position's to the stop position's are copied into
 * {@code pg_wal/}, so that the copy is consistent on its own: started, the server replays them
 * from the label's checkpoint to the end of the backup and opens.</li>
 * </ol>
 */
final class BaseBackup {
    private static final Set<String> CONTENTS_LEFT_OUT = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** Folders inside pg_wal that a server expects to find (PostgreSQL 17 adds summaries). */
    private static final Set<String> WAL_FOLDERS_KEPT = Set.of("archive_status", "summaries");
    private static final Set<String> TOP_LEVEL_LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts",
            // written from pg_backup_stop's answer, never copied: a stale one would send recovery astray
            "backup_label", "tablespace_map",
            // zonky's lock of the folder, made again at each start
            "epg-lock");
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final Pattern TIMELINE_HISTORY = Pattern.compile("[0-9A-F]{8}\\.history");

    /** Where a copy began and ended, and which server it came from. */
    record Copied(String startLsn, String stopLsn, String postgresMajor, String systemId) {
    }

    private BaseBackup() {
    }

    /** The data directory of the server behind {@code connection}, if this machine can read it. */
    static Path readableDataDirectory(Connection connection) throws SQLException {
        Path data = Path.of(single(connection, "SHOW data_directory"));
        return Files.isRegularFile(data.resolve("PG_VERSION")) && Files.isReadable(data.resolve("PG_VERSION")) ? data : null;
    }

    /** Copies the server's data directory into the archive under {@link Manifest#DATABASE}. */
    static Copied copy(Connection connection, ArchiveWriter archive, String label) throws SQLException, IOException {
        connection.setAutoCommit(true);
        Path data = readableDataDirectory(connection);
        if (data == null) {
            throw new IllegalStateException("The database's data directory is not on this machine");
        }
        String major = String.valueOf(Integer.parseInt(single(connection, "SHOW server_version_num")) / 10000);
        String systemId = single(connection, "SELECT system_identifier::text FROM pg_control_system()");
        single(connection, "SELECT pg_create_physical_replication_slot(?, true, true)::text",
                "orderflow_backup_" + UUID.randomUUID().toString().replace("-", ""));
        String start = single(connection, "SELECT pg_backup_start(?, true)::text", label);
        boolean stopped = false;
        try {
            archive.tree(Manifest.DATABASE, data, BaseBackup::belongsInCopy);
            String stop;
            String labelFile;
            String tablespaceMap;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)");
                    ResultSet result = statement.executeQuery()) {
                result.next();
                stop = result.getString(1);
                labelFile = result.getString(2);
                tablespaceMap = result.getString(3);
            }
            stopped = true;
            archive.bytes(Manifest.DATABASE + "backup_label", labelFile.getBytes(StandardCharsets.UTF_8));
            if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                archive.bytes(Manifest.DATABASE + "tablespace_map", tablespaceMap.getBytes(StandardCharsets.UTF_8));
            }
            copyWal(connection, archive, data, start, stop);
            return new Copied(start, stop, major, systemId);
        } finally {
            if (!stopped) {
                abandon(connection);
            }
        }
    }

    /** Inside the data directory: what the copy takes (relative paths). */
    static boolean belongsInCopy(Path relative) {
        String first = relative.getName(0).toString();
        String name = relative.getFileName().toString();
        if (relative.getNameCount() == 1 && TOP_LEVEL_LEFT_OUT.contains(name)) {
            return false;
        }
        if (name.startsWith("pgsql_tmp") || name.equals("pg_internal.init")) {
            return false;
        }
        if (CONTENTS_LEFT_OUT.contains(first) && relative.getNameCount() > 1) {
            return first.equals("pg_wal") && relative.getNameCount() == 2 && WAL_FOLDERS_KEPT.contains(name);
        }
        return true;
    }

    /** The segments from the one holding the start position to the one holding the stop position, and timeline histories. */
    private static void copyWal(Connection connection, ArchiveWriter archive, Path data, String start, String stop)
            throws SQLException, IOException {
        String first = single(connection, "SELECT pg_walfile_name(?::pg_lsn)", start);
        String last = single(connection, "SELECT pg_walfile_name(?::pg_lsn)", stop);
        List<Path> wal;
        try (Stream<Path> files = Files.list(data.resolve("pg_wal"))) {
            wal = files.filter(file -> {
                String name = file.getFileName().toString();
                return TIMELINE_HISTORY.matcher(name).matches() || (WAL_SEGMENT.matcher(name).matches()
                        && name.compareTo(first) >= 0 && name.compareTo(last) <= 0);
            }).sorted().toList();
        }
        if (wal.stream().noneMatch(file -> file.getFileName().toString().equals(last))) {
            throw new IOException("The WAL segment " + last + " that ends the backup is missing from " + data.resolve("pg_wal"));
        }
        for (Path file : wal) {
            if (!archive.file(Manifest.DATABASE + "pg_wal/" + file.getFileName(), file)) {
                throw new IOException("The WAL segment " + file.getFileName() + " disappeared while it was copied");
            }
        }
    }

    /** A failed copy: the backup mode ends (closing the session would end it too). */
    private static void abandon(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_backup_stop(false)")) {
            statement.execute();
        } catch (SQLException ignored) {
            // the session is closed next, which ends the backup and drops the slot anyway
        }
    }

    private static String single(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
