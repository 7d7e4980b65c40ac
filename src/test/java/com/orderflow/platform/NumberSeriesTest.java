package com.orderflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.support.OrderflowSpringTest;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A series that does not exist yet (the first order of a new year) is created inside the caller's
 * transaction, on the caller's connection: on a pool of one connection the first numbers still come,
 * and a rolled-back caller gives its number back.
 */
@OrderflowSpringTest
class NumberSeriesTest {
    private static final int YEAR = 2999;

    @Autowired
    DataSource shared;

    @Test
    void theFirstNumbersOfANewSeriesNeedNoSecondConnection() throws SQLException {
        try (HikariDataSource one = onePooledConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(one);
            NumberSeries series = new NumberSeries(jdbc, "order_number_series");
            String prefix = freshPrefix();
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(one));

            List<Long> numbers = transaction.execute(status -> List.of(series.next(prefix, YEAR),
                    series.next(prefix, YEAR)));
            assertEquals(List.of(1L, 2L), numbers);

            transaction.executeWithoutResult(status -> {
                series.next(prefix, YEAR);
                status.setRollbackOnly();
            });
            long next = transaction.execute(status -> series.next(prefix, YEAR));
            assertEquals(3L, next, "the rolled-back 3 came back");
            jdbc.update("DELETE FROM order_number_series WHERE prefix = ?", prefix);
        }
    }

    /** A pool of its own on the tests' database that gives up on a second connection after a second. */
    private HikariDataSource onePooledConnection() throws SQLException {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(shared.unwrap(HikariDataSource.class).getJdbcUrl());
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(1000);
        return pool;
    }

    private static String freshPrefix() {
        return "T" + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
