package com.orderflow.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The daily roll-up tables ({@link DayTable}): a day is rewritten whole (delete, insert); a range is
 * read summed by key, per day or over the whole range, in the database where it can add up (counts,
 * money) and in Java where it cannot (histograms).
 */
@Repository
class RollupStore {
    static final String DAILY = "daily";
    /** The duration histograms per calendar month, kept beside the days. */
    static final String MONTHS = "report_duration_month";

    private final NamedParameterJdbcTemplate jdbc;

    RollupStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces every table's rows of these days by the given rows (rows of other days are ignored);
     * without {@code withActivities} the days' activity durations are kept as they are.
     */
    void replaceDays(Collection<LocalDate> days, DayRows rows, Collection<DayTable> tables, boolean withActivities) {
        if (days.isEmpty()) {
            return;
        }
        for (DayTable table : tables) {
            for (List<LocalDate> chunk : FactStore.chunks(List.copyOf(days))) {
                jdbc.update("DELETE FROM " + table.table + " WHERE shop_day IN (:days)"
                        + (table.histogram && !withActivities ? " AND kind <> '" + Aggregator.ACTIVITY + "'" : ""),
                        new MapSqlParameterSource("days", chunk));
            }
            List<SqlParameterSource> inserts = new ArrayList<>();
            for (DayRow row : rows.of(table, r -> days.contains(r.day)
                    && (withActivities || !table.histogram || !Aggregator.ACTIVITY.equals(r.key(0))))) {
                MapSqlParameterSource params = new MapSqlParameterSource("shop_day", row.day);
                int i = 0;
                for (String key : table.keys) {
                    params.addValue(key, row.key(i++));
                }
                for (int l = 0; l < table.labels.size(); l++) {
                    String label = row.labels[l] == null ? "" : row.labels[l];
                    params.addValue(table.labels.get(l), label.length() > 120 ? label.substring(0, 120) : label);
                }
                for (int c = 0; c < table.counts.size(); c++) {
                    params.addValue(table.counts.get(c), row.counts[c]);
                }
                for (int m = 0; m < table.money.size(); m++) {
                    params.addValue(table.money.get(m), row.money[m]);
                }
                if (table.histogram) {
                    params.addValue("histogram", row.histogram.encode());
                }
                inserts.add(params);
            }
            jdbc.batchUpdate("INSERT INTO " + table.table + " (shop_day, " + String.join(", ", table.columns())
                    + ") VALUES (:shop_day, :" + String.join(", :", table.columns()) + ")",
                    inserts.toArray(SqlParameterSource[]::new));
        }
    }

    /**
     * A table's rows of [from, to], summed by key: per day when {@code byDay}, else over the range
     * (day null). {@code where} (SQL over the table's columns, may be empty) narrows them; labels are
     * the largest seen. Histogram tables are read row by row and merged here.
     */
    List<DayRow> read(DayTable table, LocalDate from, LocalDate to, boolean byDay, String where,
            MapSqlParameterSource params) {
        params.addValue("from", from).addValue("to", to);
        String filter = " WHERE shop_day BETWEEN :from AND :to" + (where.isEmpty() ? "" : " AND (" + where + ")");
        if (table.histogram) {
            DayRows rows = new DayRows();
            if (byDay) {
                histograms(table.table, "shop_day", from, to, where, params, true, rows);
            } else {
                // whole months from the month table, the days before and after them from the day table
                LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
                LocalDate afterMonths = to.plusDays(1).withDayOfMonth(1);
                if (firstMonth.isBefore(afterMonths)) {
                    histograms(table.table, "shop_day", from, firstMonth.minusDays(1), where, params, false, rows);
                    histograms(MONTHS, "shop_month", firstMonth, afterMonths.minusDays(1), where, params, false, rows);
                    histograms(table.table, "shop_day", afterMonths, to, where, params, false, rows);
                } else {
                    histograms(table.table, "shop_day", from, to, where, params, false, rows);
                }
            }
            return rows.of(table, r -> true);
        }
        String keys = String.join(", ", table.keys);
        List<String> sums = new ArrayList<>();
        table.labels.forEach(l -> sums.add("MAX(" + l + ") AS " + l));
        table.counts.forEach(c -> sums.add("SUM(" + c + ") AS " + c));
        table.money.forEach(m -> sums.add("SUM(" + m + ") AS " + m));
        String select = (byDay ? "shop_day, " : "") + keys + (sums.isEmpty() ? "" : ", " + String.join(", ", sums));
        return jdbc.query("SELECT " + select + " FROM " + table.table + filter + " GROUP BY " + (byDay ? "shop_day, " : "")
                + keys, params, (rs, i) -> row(table, rs, byDay));
    }

    private void histograms(String tableName, String dayColumn, LocalDate from, LocalDate to, String where,
            MapSqlParameterSource params, boolean byDay, DayRows into) {
        if (from.isAfter(to)) {
            return;
        }
        MapSqlParameterSource range = new MapSqlParameterSource(params.getValues()).addValue("from", from).addValue("to", to);
        jdbc.query("SELECT " + dayColumn + " AS shop_day, " + String.join(", ", DayTable.DURATION.columns()) + " FROM "
                + tableName + " WHERE " + dayColumn + " BETWEEN :from AND :to" + (where.isEmpty() ? "" : " AND (" + where + ")"),
                range, (ResultSet rs) -> {
                    into.add(row(DayTable.DURATION, rs, byDay), 1);
                });
    }

    /**
     * Rebuilds the month rows of the duration histograms for every month these days fall in, from
     * the month's day rows; in the caller's transaction, after the days were rewritten.
     */
    void rebuildMonths(Collection<LocalDate> days) {
        for (LocalDate month : days.stream().map(d -> d.withDayOfMonth(1)).distinct().toList()) {
            DayRows merged = new DayRows();
            histograms(DayTable.DURATION.table, "shop_day", month, month.plusMonths(1).minusDays(1), "",
                    new MapSqlParameterSource(), false, merged);
            MapSqlParameterSource at = new MapSqlParameterSource("month", month);
            jdbc.update("DELETE FROM " + MONTHS + " WHERE shop_month = :month", at);
            List<SqlParameterSource> inserts = new ArrayList<>();
            for (DayRow row : merged.of(DayTable.DURATION, r -> true)) {
                inserts.add(new MapSqlParameterSource("month", month).addValue("kind", row.key(0))
                        .addValue("k1", row.key(1)).addValue("k2", row.key(2)).addValue("k3", row.key(3))
                        .addValue("n", row.counts[0]).addValue("sum_ms", row.counts[1])
                        .addValue("histogram", row.histogram.encode()));
            }
            jdbc.batchUpdate("INSERT INTO " + MONTHS + " (shop_month, kind, k1, k2, k3, n, sum_ms, histogram)"
                    + " VALUES (:month, :kind, :k1, :k2, :k3, :n, :sum_ms, :histogram)",
                    inserts.toArray(SqlParameterSource[]::new));
        }
    }

    /** The keys with the largest sum of a column over [from, to], largest first (e.g. top customers). */
    List<DayRow> top(DayTable table, String column, LocalDate from, LocalDate to, int limit) {
        String keys = String.join(", ", table.keys);
        List<String> sums = new ArrayList<>();
        table.labels.forEach(l -> sums.add("MAX(" + l + ") AS " + l));
        table.counts.forEach(c -> sums.add("SUM(" + c + ") AS " + c));
        table.money.forEach(m -> sums.add("SUM(" + m + ") AS " + m));
        return jdbc.query("SELECT " + keys + ", " + String.join(", ", sums) + " FROM " + table.table
                + " WHERE shop_day BETWEEN :from AND :to GROUP BY " + keys + " ORDER BY SUM(" + column + ") DESC, "
                + keys + " LIMIT :limit", new MapSqlParameterSource("from", from).addValue("to", to)
                        .addValue("limit", limit), (rs, i) -> row(table, rs, false));
    }

    private static DayRow row(DayTable table, ResultSet rs, boolean byDay) throws SQLException {
        List<String> key = new ArrayList<>();
        for (String column : table.keys) {
            key.add(rs.getString(column));
        }
        DayRow row = new DayRow(table, byDay ? rs.getObject("shop_day", LocalDate.class) : null, key);
        for (int l = 0; l < table.labels.size(); l++) {
            row.labels[l] = rs.getString(table.labels.get(l));
        }
        for (int c = 0; c < table.counts.size(); c++) {
            row.counts[c] = rs.getLong(table.counts.get(c));
        }
        for (int m = 0; m < table.money.size(); m++) {
            row.money[m] = rs.getBigDecimal(table.money.get(m));
        }
        if (table.histogram) {
            row.histogram.merge(Histogram.decode(rs.getString("histogram")), 1);
        }
        return row;
    }

    /** Everything before this instant is in the roll-up tables; null before the first roll-up. */
    Instant watermark() {
        List<Instant> marks = jdbc.query("SELECT watermark FROM report_state WHERE name = :name",
                new MapSqlParameterSource("name", DAILY), (rs, i) -> ShopFacts.instant(rs, "watermark"));
        return marks.isEmpty() ? null : marks.get(0);
    }

    /** Locks the state row for the rest of the transaction (one roll-up at a time), making it if missing. */
    Instant lockWatermark() {
        MapSqlParameterSource name = new MapSqlParameterSource("name", DAILY);
        if (jdbc.update("UPDATE report_state SET name = name WHERE name = :name", name) == 0) {
            jdbc.update("INSERT INTO report_state (name) VALUES (:name)", name);
        }
        return watermark();
    }

    void advance(Instant watermark, Instant ranAt, long tookMs, long orders) {
        jdbc.update("UPDATE report_state SET watermark = :mark, last_run_at = :ran, last_run_ms = :took,"
                + " orders_seen = :orders WHERE name = :name", new MapSqlParameterSource("name", DAILY)
                        .addValue("mark", ShopFacts.utc(watermark)).addValue("ran", ShopFacts.utc(ranAt))
                        .addValue("took", tookMs).addValue("orders", orders));
    }

    /** When the last roll-up ran and how long it took (for the reports page), or null. */
    RollupRun lastRun() {
        List<RollupRun> runs = jdbc.query("SELECT watermark, last_run_at, last_run_ms, orders_seen FROM report_state"
                + " WHERE name = :name AND last_run_at IS NOT NULL", new MapSqlParameterSource("name", DAILY),
                (rs, i) -> new RollupRun(ShopFacts.instant(rs, "watermark"), ShopFacts.instant(rs, "last_run_at"),
                        rs.getLong("last_run_ms"), rs.getLong("orders_seen")));
        return runs.isEmpty() ? null : runs.get(0);
    }

    /** A roll-up run: its watermark, when it ran, how long it took, how many orders it refreshed. */
    record RollupRun(Instant watermark, Instant ranAt, long tookMs, long orders) {
    }
}
