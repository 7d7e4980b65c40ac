package com.orderflow.orders;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The board's SQL: how many orders each column holds, how many open ones are late, and the ids of
 * each column's most urgent orders, so that the board reads a few dozen rows however many orders
 * are open (issue 18: 100 000 open orders). Status names are written into the SQL from the enum (no
 * user input), which lets PostgreSQL pick the per-status index ranges of V30.
 */
@Component
class BoardQueries {
    private final NamedParameterJdbcTemplate jdbc;

    BoardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Orders per column and late open orders; closed columns count only today's. */
    record Counts(Map<OrderStatus, Long> perStatus, long late) {
    }

    /**
     * Counts the columns. "Late" is {@link Order#isLate} or {@link Order#isPastPromise} written in SQL
     * (OrderBoardTest checks that both agree): past its promise, or (unless an advance booking still
     * waits for the day before its date) past its delivery date or longer in its status than allowed.
     */
    Counts counts(Set<OrderStatus> open, Set<OrderStatus> closed, Map<OrderStatus, Duration> lateAfter,
            Instant now, LocalDate today, Instant startOfDay, String deliveryBoy) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", Timestamp.from(now))
                .addValue("today", today).addValue("tomorrow", today.plusDays(1))
                .addValue("startOfDay", Timestamp.from(startOfDay)).addValue("boy", deliveryBoy);
        StringBuilder waitedTooLong = new StringBuilder("CASE status");
        for (OrderStatus status : open) {
            Duration limit = lateAfter.get(status);
            if (limit != null) {
                params.addValue("since_" + status, Timestamp.from(now.minus(limit)));
                waitedTooLong.append(" WHEN '").append(status).append("' THEN CAST(:since_").append(status)
                        .append(" AS TIMESTAMP WITH TIME ZONE)");
            }
        }
        waitedTooLong.append(" END");
        String waitLimit = waitedTooLong.indexOf("WHEN") < 0 ? "NULL" : waitedTooLong.toString();
        String own = deliveryBoy == null ? "" : " AND delivery_boy = :boy";
        String sql = "SELECT status, COUNT(*) AS orders, COUNT(*) FILTER (WHERE promised_by < :now"
                + " OR (NOT COALESCE(channel = 'ADVANCE_BOOKING' AND status = 'RECEIVED' AND delivery_date > :tomorrow, false)"
                + " AND (delivery_date < :today OR status_since < " + waitLimit + "))) AS late"
                + " FROM customer_order WHERE status IN (" + literals(open) + ")" + own + " GROUP BY status"
                + " UNION ALL SELECT status, COUNT(*), 0 FROM customer_order WHERE status IN (" + literals(closed) + ")"
                + " AND status_since > :startOfDay" + own + " GROUP BY status";
        Map<OrderStatus, Long> perStatus = new EnumMap<>(OrderStatus.class);
        long[] late = {0};
        jdbc.query(sql, params, rs -> {
            perStatus.put(OrderStatus.valueOf(rs.getString("status")), rs.getLong("orders"));
            late[0] += rs.getLong("late");
        });
        return new Counts(perStatus, late[0]);
    }

    /**
     * The ids of each column's first {@code cards} orders, in board order: open columns by the
     * nearest (or longest missed) delivery promise, then the longest wait; closed columns newest first.
     */
    List<Long> urgent(Set<OrderStatus> open, Set<OrderStatus> closed, Instant startOfDay, String deliveryBoy,
            int cards) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("startOfDay", Timestamp.from(startOfDay))
                .addValue("boy", deliveryBoy).addValue("cards", cards);
        String own = deliveryBoy == null ? "" : " AND delivery_boy = :boy";
        List<String> parts = new ArrayList<>();
        for (OrderStatus status : open) {
            parts.add("(SELECT id FROM customer_order WHERE status = '" + status + "'" + own
                    + " ORDER BY promised_by NULLS LAST, status_since, id LIMIT :cards)");
        }
        for (OrderStatus status : closed) {
            parts.add("(SELECT id FROM customer_order WHERE status = '" + status + "' AND status_since > :startOfDay" + own
                    + " ORDER BY status_since DESC, id DESC LIMIT :cards)");
        }
        return jdbc.queryForList(String.join(" UNION ALL ", parts), params, Long.class);
    }

    private static String literals(Set<OrderStatus> statuses) {
        return statuses.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
    }
}
