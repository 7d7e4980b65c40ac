package com.orderflow.platform.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL of the laptop default (no {@code spring.datasource.url} given).
 *
 * @param folder       everything of the database: its data directory ({@code data/}), the server's
 *                     programs ({@code binaries/}), its log ({@code server.log}); never cleaned
 * @param port         the port it listens on (localhost only); 0 = a free port chosen at each start
 * @param startTimeout how long start-up (crash recovery included) may take before the app gives up
 */
@ConfigurationProperties(prefix = "orderflow.database.embedded")
record EmbeddedDatabaseSettings(
        @DefaultValue("./data/postgres") Path folder,
        @DefaultValue("0") int port,
        @DefaultValue("PT2M") Duration startTimeout) {
}
