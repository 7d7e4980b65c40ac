package com.orderflow.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** One app per database folder: a second one started on it is refused and the first one's database stays up. */
class EmbeddedDatabaseTest {
    private final Path folder = Path.of(System.getProperty("java.io.tmpdir"), "embedded-database-" + UUID.randomUUID());

    @Test
    void aSecondAppOnTheSameFolderIsRefusedAndTheFirstKeepsItsDatabase() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0, Duration.ofMinutes(1))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> EmbeddedDatabase.start(folder, 0, Duration.ofMinutes(1)));
            assertTrue(refused.getMessage().contains("Another orderflow is running on the database folder"),
                    refused.getMessage());
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl());
                    ResultSet database = connection.createStatement().executeQuery("SELECT current_database()")) {
                database.next();
                assertEquals(EmbeddedDatabase.DATABASE, database.getString(1));
            }
        }
    }
}
