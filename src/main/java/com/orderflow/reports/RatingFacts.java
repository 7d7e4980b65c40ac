package com.orderflow.reports;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;

/**
 * Customers' ratings (F8) per delivery boy and packer of the rated orders, from the customers'
 * view report_v_rating: how many of their orders were rated in the range and how many below 4.
 * Read live: ratings are few, one per order.
 */
@Component
class RatingFacts {
    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    RatingFacts(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Counts(long rated, long low) {
    }

    Map<String, Counts> perPerson(ReportRange range) {
        Map<String, Counts> counts = new HashMap<>();
        jdbc.query("SELECT person, count(*) AS rated, sum(CASE WHEN stars < 4 THEN 1 ELSE 0 END) AS low FROM ("
                + "SELECT delivery_boy AS person, stars, rated_at FROM report_v_rating UNION ALL "
                + "SELECT packer AS person, stars, rated_at FROM report_v_rating) r "
                + "WHERE person IS NOT NULL AND rated_at >= ? AND rated_at < ? GROUP BY person",
                (RowCallbackHandler) rs -> counts.put(rs.getString("person"),
                        new Counts(rs.getLong("rated"), rs.getLong("low"))), Timestamp.from(range.start(clock)), Timestamp.from(range.end(clock)));
        return counts;
    }
}
