package com.orderflow.operations;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What an archive holds, written as its last entry ({@value #ENTRY}): which app and version made it,
 * when, from which database, and every other entry with its size and SHA-256, so that a restore can
 * tell a whole archive of ours from a truncated, altered or foreign file before it touches anything.
 */
public record Manifest(String format, int formatVersion, String appVersion, Instant createdAt, String shopTime,
        String postgresMajor, String databaseSystemId, String startLsn, String stopLsn, List<Entry> entries) {
    public static final String ENTRY = "orderflow-backup/manifest.json";
    public static final String FORMAT = "orderflow-backup";
    public static final int FORMAT_VERSION = 1;
    /** Entries of the database's data directory start with this; the files folder's with {@link #FILES}. */
    public static final String DATABASE = "database/";
    public static final String FILES = "files/";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One file or folder (size -1, no checksum) of the archive. */
    public record Entry(String path, long size, String sha256) {
        boolean isFolder() {
            return path.endsWith("/");
        }
    }

    public long databaseBytes() {
        return entries.stream().filter(e -> e.path().startsWith(DATABASE)).mapToLong(e -> Math.max(0, e.size())).sum();
    }

    public long fileBytes() {
        return entries.stream().filter(e -> e.path().startsWith(FILES)).mapToLong(e -> Math.max(0, e.size())).sum();
    }

    public long fileCount() {
        return entries.stream().filter(e -> e.path().startsWith(FILES) && !e.isFolder()).count();
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Manifest read(InputStream in) throws IOException {
        return JSON.readValue(in, Manifest.class);
    }
}
