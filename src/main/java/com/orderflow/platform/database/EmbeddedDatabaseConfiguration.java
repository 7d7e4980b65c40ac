package com.orderflow.platform.database;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The default database when none is configured: without {@code spring.datasource.url} (the
 * {@code postgres} profile sets one) the app runs its own PostgreSQL ({@link EmbeddedDatabase}). One
 * pool for everything: the engine, JPA and JDBC share it and one transaction manager, so engine state
 * and business rows commit together or not at all. An auto-configuration so that it steps back for a
 * DataSource of the tests' own.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
public class EmbeddedDatabaseConfiguration {

    /** Closed after the pool, and the pool after the engine: beans are destroyed after what depends on them. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings) {
        return EmbeddedDatabase.start(settings.folder(), settings.port(), settings.startTimeout());
    }

    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(EmbeddedDatabase.USER);
        pool.setPoolName("orderflow");
        return pool;
    }
}
