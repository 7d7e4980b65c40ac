package com.orderflow.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The shop right now, read through the reports' own views ({@code report_v_*}): orders waiting to
 * be delivered, stock on the shelves, open stops per delivery boy, late orders. Small reads on
 * indexed columns, never rolled up.
 */
@Component
class ShopNow {
    private final NamedParameterJdbcTemplate jdbc;

    ShopNow(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Orders placed in [from, to) that are ready for dispatch or out for delivery. */
    List<Pending> pending(Instant from, Instant to) {
        return jdbc.query("""
                SELECT o.order_number, o.status, o.channel, o.customer_name, o.customer_locality, o.customer_pincode,
                       o.delivery_zone, o.delivery_boy, o.promised_by, o.status_since,
                       (SELECT MIN(c.changed_at) FROM report_v_status_change c
                         WHERE c.order_id = o.id AND c.to_status = 'READY_FOR_DISPATCH') AS ready_at,
                       (SELECT s.zone_name FROM report_v_delivery_stop s WHERE s.live_order_number = o.order_number) AS stop_zone
                  FROM report_v_order o
                 WHERE o.status IN ('READY_FOR_DISPATCH', 'OUT_FOR_DELIVERY') AND o.created_at >= :from AND o.created_at < :to
                 ORDER BY o.order_number""",
                new MapSqlParameterSource("from", ShopFacts.utc(from)).addValue("to", ShopFacts.utc(to)), (rs, i) -> {
                    Instant ready = ShopFacts.instant(rs, "ready_at");
                    String stopZone = rs.getString("stop_zone");
                    return new Pending(rs.getString("order_number"), rs.getString("status"), rs.getString("customer_name"),
                            rs.getString("customer_locality"), rs.getString("customer_pincode"),
                            stopZone != null ? stopZone : rs.getString("delivery_zone"),
                            rs.getString("delivery_boy"), ready != null ? ready : ShopFacts.instant(rs, "status_since"),
                            ShopFacts.instant(rs, "promised_by"));
                });
    }

    /** Every product (SKU) with its sellable stock: Counter and Advance Booking pools, batches not expired by today. */
    List<Stock> stock(LocalDate today) {
        return jdbc.query("""
                SELECT p.sku, p.name, p.size_label, p.reorder_level,
                       COALESCE(SUM(CASE WHEN b.pool IN ('COUNTER', 'ADVANCE_BOOKING') AND sb.expiry_date >= :today
                                         THEN b.quantity ELSE 0 END), 0) AS sellable,
                       COALESCE(SUM(CASE WHEN b.pool = 'COUNTER' AND sb.expiry_date >= :today
                                         THEN b.quantity ELSE 0 END), 0) AS counter
                  FROM report_v_product p
                  LEFT JOIN report_v_stock_balance b ON b.product_id = p.id
                  LEFT JOIN report_v_stock_batch sb ON sb.id = b.batch_id
                 GROUP BY p.sku, p.name, p.size_label, p.reorder_level ORDER BY p.sku""",
                new MapSqlParameterSource("today", today),
                (rs, i) -> new Stock(rs.getString("sku"), rs.getString("name"), rs.getString("size_label"),
                        rs.getLong("sellable"), rs.getLong("counter"), rs.getInt("reorder_level")));
    }

    /** Stops not yet ended on each delivery boy's runs that are on the road. */
    Map<String, Long> openStops() {
        Map<String, Long> open = new TreeMap<>();
        jdbc.query("""
                SELECT r.delivery_boy, COUNT(*) AS stops FROM report_v_delivery_stop s JOIN report_v_delivery_run r ON r.id = s.run_id
                 WHERE r.state = 'ACTIVE' AND s.outcome IS NULL AND r.delivery_boy IS NOT NULL GROUP BY r.delivery_boy""",
                new MapSqlParameterSource(), rs -> {
                    open.put(rs.getString("delivery_boy"), rs.getLong("stops"));
                });
        return open;
    }

    /** Orders still open whose delivery promise has passed. */
    long late(Instant now) {
        Long late = jdbc.queryForObject("""
                SELECT COUNT(*) FROM report_v_order
                 WHERE status NOT IN ('DELIVERED', 'CANCELLED', 'RETURNED') AND promised_by < :now""",
                new MapSqlParameterSource("now", ShopFacts.utc(now)), Long.class);
        return late == null ? 0 : late;
    }

    /**
     * An order waiting for delivery: its zone (on the live run, else the one it was placed in; null for
     * an order from before orders kept their zone) and since when it was ready.
     */
    record Pending(String number, String status, String customerName, String locality, String pincode, String zone,
            String deliveryBoy, Instant readySince, Instant promisedBy) {
    }

    /** A product and size with its sellable and counter stock and reorder level. */
    record Stock(String sku, String name, String size, long sellable, long counter, int reorderLevel) {
        boolean low() {
            return reorderLevel > 0 && counter <= reorderLevel;
        }
    }
}
