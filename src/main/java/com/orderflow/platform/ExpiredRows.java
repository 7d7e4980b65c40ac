package com.orderflow.platform;

import java.sql.Timestamp;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes a module's rows older than {@code orderflow.retention.keep}, in slices that are each a
 * short transaction of their own, so that a first run over years of rows holds no lock for long.
 */
@Component
public class ExpiredRows {
    private static final int SLICE = 5000;
    private static final Pattern TABLE = Pattern.compile("[a-z_]+");
    private final JdbcTemplate jdbc;
    private final ShopClock clock;
    private final RetentionSettings retention;

    ExpiredRows(JdbcTemplate jdbc, ShopClock clock, RetentionSettings retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Deletes the rows of the table (with an {@code id} key) that the condition picks; its one
     * parameter {@code ?} is the cut-off, now less the retention. Answers how many were deleted.
     */
    public int delete(String table, String condition) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        Timestamp before = Timestamp.from(clock.now().minus(retention.keep()));
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update("DELETE FROM " + table + " WHERE id IN (SELECT id FROM " + table + " WHERE " + condition
                    + " ORDER BY id LIMIT " + SLICE + ")", before);
            total += deleted;
        } while (deleted == SLICE);
        return total;
    }
}
