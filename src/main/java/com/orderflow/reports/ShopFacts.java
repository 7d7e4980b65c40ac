package com.orderflow.reports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reports' reads of what other modules keep about orders and counter sales, through the
 * read-only views the reports own ({@code report_v_*}, migration V20_1, which names every foreign
 * column the reports depend on). Orders come back as raw rows that
 * {@link OrderFactBuilder} turns into {@link OrderFact}s.
 */
@Component
class ShopFacts {
    static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;

    ShopFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Orders that changed at or after {@code since}: placed, moved to another status, billed, credited,
     * returned, delivered, or anything else the audit log recorded against their number.
     */
    Set<Long> ordersTouchedSince(Instant since) {
        MapSqlParameterSource at = new MapSqlParameterSource("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
        Set<Long> ids = new LinkedHashSet<>(jdbc.queryForList(
                "SELECT id FROM report_v_order WHERE created_at >= :since", at, Long.class));
        ids.addAll(jdbc.queryForList(
                "SELECT DISTINCT order_id FROM report_v_status_change WHERE changed_at >= :since", at, Long.class));
        ids.addAll(jdbc.queryForList("""
                SELECT o.id FROM report_v_order o WHERE o.order_number IN (
                    SELECT order_ref FROM report_v_audit WHERE at >= :since AND order_ref IS NOT NULL
                    UNION SELECT order_number FROM report_v_bill WHERE issued_at >= :since
                    UNION SELECT order_number FROM report_v_credit_note WHERE issued_at >= :since
                    UNION SELECT order_number FROM report_v_return WHERE opened_at >= :since
                    UNION SELECT replacement_order FROM report_v_return WHERE opened_at >= :since
                    UNION SELECT order_number FROM report_v_delivery_stop WHERE completed_at >= :since)""", at, Long.class));
        return ids;
    }

    /** Every order placed in [from, to), oldest first: the first roll-up and a rebuild walk these. */
    List<Long> ordersPlacedBetween(Instant from, Instant to) {
        return jdbc.queryForList("SELECT id FROM report_v_order WHERE created_at >= :from AND created_at < :to ORDER BY id",
                new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to)), Long.class);
    }

    /** When the oldest order was placed, or null for a shop without orders. */
    Instant firstOrderAt() {
        OffsetDateTime first = jdbc.getJdbcTemplate().queryForObject("SELECT MIN(created_at) FROM report_v_order",
                OffsetDateTime.class);
        return first == null ? null : first.toInstant();
    }

    /** Counter (walk-in) sales in [from, to), with their lines and each line's product and size. */
    List<CounterSale> counterSales(Instant from, Instant to) {
        Map<Long, CounterSale> sales = new java.util.LinkedHashMap<>();
        each("""
                SELECT s.id, s.sold_at, s.total, p.sku, p.name, p.size_label, l.quantity, l.line_total
                  FROM report_v_counter_sale s JOIN report_v_counter_sale_line l ON l.sale_id = s.id JOIN report_v_product p ON p.id = l.product_id
                 WHERE s.sold_at >= :from AND s.sold_at < :to ORDER BY s.id, l.id""",
                new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to)), rs -> {
                    CounterSale sale = sales.get(rs.getLong("id"));
                    if (sale == null) {
                        sale = new CounterSale(instant(rs, "sold_at"), rs.getBigDecimal("total"), new ArrayList<>());
                        sales.put(rs.getLong("id"), sale);
                    }
                    sale.lines().add(new OrderFact.Line(rs.getString("sku"), rs.getString("name"),
                            nonNull(rs.getString("size_label")), rs.getInt("quantity"), rs.getBigDecimal("line_total")));
                });
        return List.copyOf(sales.values());
    }

    /** A walk-in sale at the counter: when, its total and lines. */
    record CounterSale(Instant soldAt, BigDecimal total, List<OrderFact.Line> lines) {
    }

    /** When the first counter sale was made, or null. */
    Instant firstCounterSaleAt() {
        OffsetDateTime first = jdbc.getJdbcTemplate().queryForObject("SELECT MIN(sold_at) FROM report_v_counter_sale",
                OffsetDateTime.class);
        return first == null ? null : first.toInstant();
    }

    /** The raw rows of these orders, read in chunks. */
    RawOrders read(Collection<Long> orderIds) {
        RawOrders raw = new RawOrders();
        List<Long> ids = List.copyOf(orderIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CHUNK));
            readChunk(new MapSqlParameterSource("ids", chunk), raw);
        }
        return raw;
    }

    private void readChunk(MapSqlParameterSource ids, RawOrders raw) {
        List<String> numbers = new ArrayList<>();
        each("""
                SELECT id, order_number, channel, status, customer_name, customer_phone, customer_locality,
                       customer_pincode, delivery_zone, delivery_boy, total, cancel_reason, created_at, promised_by
                  FROM report_v_order WHERE id IN (:ids)""", ids, rs -> {
            RawOrder order = new RawOrder(rs.getLong("id"), rs.getString("order_number"), rs.getString("channel"),
                    rs.getString("status"), rs.getString("customer_name"), rs.getString("customer_phone"),
                    rs.getString("customer_locality"), rs.getString("customer_pincode"), rs.getString("delivery_zone"),
                    rs.getString("delivery_boy"),
                    rs.getBigDecimal("total"), rs.getString("cancel_reason"), instant(rs, "created_at"),
                    instant(rs, "promised_by"));
            raw.orders.put(order.id(), order);
            raw.idsByNumber.put(order.number(), order.id());
            numbers.add(order.number());
        });
        if (numbers.isEmpty()) {
            return;
        }
        MapSqlParameterSource byNumber = new MapSqlParameterSource("numbers", numbers);
        each("""
                SELECT order_id, line_no, sku, product_name, size_label, quantity, line_total
                  FROM report_v_order_line WHERE order_id IN (:ids) ORDER BY order_id, line_no""", ids,
                rs -> raw.lines(rs.getLong("order_id")).add(new OrderFact.Line(rs.getString("sku"),
                        rs.getString("product_name"), nonNull(rs.getString("size_label")), rs.getInt("quantity"),
                        rs.getBigDecimal("line_total"))));
        each("SELECT order_id, to_status, changed_at FROM report_v_status_change WHERE order_id IN (:ids)"
                + " ORDER BY order_id, changed_at, id", ids,
                rs -> raw.changes(rs.getLong("order_id")).add(new Change(rs.getString("to_status"),
                        instant(rs, "changed_at"))));
        // by order number: bill.order_id has no index of its own, order_number has
        each("SELECT order_id, status, grand_total, issued_by, issued_at FROM report_v_bill WHERE order_number IN (:numbers)"
                + " ORDER BY issued_at, id", byNumber,
                rs -> raw.bills(rs.getLong("order_id")).add(new RawBill(rs.getString("status"),
                        rs.getBigDecimal("grand_total"), rs.getString("issued_by"))));
        each("SELECT order_number, amount FROM report_v_credit_note WHERE order_number IN (:numbers)", byNumber,
                rs -> raw.credited.merge(rs.getString("order_number"), rs.getBigDecimal("amount"), BigDecimal::add));
        each("SELECT order_number, zone_name, completed_by, completed_at FROM report_v_delivery_stop"
                + " WHERE order_number IN (:numbers) ORDER BY id", byNumber,
                rs -> raw.stops.put(rs.getString("order_number"), new RawStop(rs.getString("zone_name"),
                        rs.getString("completed_by"), instant(rs, "completed_at"))));
        each("""
                SELECT order_number, replacement_order, reason, opened_at FROM report_v_return
                 WHERE order_number IN (:numbers) OR replacement_order IN (:numbers) ORDER BY opened_at, id""",
                byNumber, rs -> {
                    String replacement = rs.getString("replacement_order");
                    if (replacement != null) {
                        raw.replacements.add(replacement);
                    }
                    raw.returns.putIfAbsent(rs.getString("order_number"),
                            new RawReturn(rs.getString("reason"), instant(rs, "opened_at")));
                });
        each("SELECT order_number, packer FROM report_v_packing WHERE kind = 'PACK' AND order_number IN (:numbers)"
                + " ORDER BY packed_at, id", byNumber,
                rs -> raw.packers.put(rs.getString("order_number"), rs.getString("packer")));
        each("SELECT DISTINCT order_ref FROM report_v_audit WHERE action = 'STOCK_BACKORDERED' AND order_ref IN (:numbers)",
                byNumber, rs -> raw.shortages.add(rs.getString("order_ref")));
    }

    private void each(String sql, MapSqlParameterSource params, RowAction action) {
        jdbc.query(sql, params, (ResultSet rs) -> {
            action.accept(rs);
        });
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    @FunctionalInterface
    interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    record RawOrder(long id, String number, String channel, String status, String customerName, String customerPhone,
            String locality, String pincode, String zone, String deliveryBoy, BigDecimal total, String cancelReason,
            Instant createdAt, Instant promisedBy) {
    }

    record Change(String toStatus, Instant at) {
    }

    record RawBill(String status, BigDecimal grandTotal, String issuedBy) {
    }

    record RawStop(String zone, String completedBy, Instant completedAt) {
    }

    record RawReturn(String reason, Instant openedAt) {
    }

    /** What the tables hold about a set of orders, keyed by order id or number. */
    static final class RawOrders {
        final Map<Long, RawOrder> orders = new HashMap<>();
        final Map<String, Long> idsByNumber = new HashMap<>();
        final Map<Long, List<OrderFact.Line>> lines = new HashMap<>();
        final Map<Long, List<Change>> changes = new HashMap<>();
        final Map<Long, List<RawBill>> bills = new HashMap<>();
        final Map<String, BigDecimal> credited = new HashMap<>();
        final Map<String, RawStop> stops = new HashMap<>();
        final Map<String, RawReturn> returns = new HashMap<>();
        final Set<String> replacements = new java.util.HashSet<>();
        final Map<String, String> packers = new HashMap<>();
        final Set<String> shortages = new java.util.HashSet<>();

        List<OrderFact.Line> lines(long id) {
            return lines.computeIfAbsent(id, k -> new ArrayList<>());
        }

        List<Change> changes(long id) {
            return changes.computeIfAbsent(id, k -> new ArrayList<>());
        }

        List<RawBill> bills(long id) {
            return bills.computeIfAbsent(id, k -> new ArrayList<>());
        }

        void forEachOrder(Consumer<RawOrder> action) {
            orders.values().stream().sorted(java.util.Comparator.comparingLong(RawOrder::id)).forEach(action);
        }
    }
}
