package com.orderflow.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The stored facts: report_order_fact with its lines, and report_task_fact. */
@Repository
class FactStore {
    private static final String ORDER_COLUMNS = "order_id, order_number, channel, placed_at, placed_day, status, "
            + "final_day, cancelled, cancel_reason, replacement, customer_phone, customer_name, zone_name, locality_key, "
            + "locality_name, items, booked, billed, credited, revenue, dispatched_at, dispatched_day, delivered_at, "
            + "delivered_day, promised_by, returned, return_reason, return_day, shortage, packer, biller, delivery_boy, "
            + "received_ms, packed_ms, billed_ms, ready_ms, out_ms";

    private final NamedParameterJdbcTemplate jdbc;

    FactStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces these orders' stored facts (delete, then insert). */
    void replaceOrders(Collection<Long> orderIds, List<OrderFact> facts, Instant now) {
        for (List<Long> chunk : chunks(List.copyOf(orderIds))) {
            MapSqlParameterSource ids = new MapSqlParameterSource("ids", chunk);
            jdbc.update("DELETE FROM report_order_line_fact WHERE order_id IN (:ids)", ids);
            jdbc.update("DELETE FROM report_order_fact WHERE order_id IN (:ids)", ids);
        }
        List<SqlParameterSource> orders = new ArrayList<>();
        List<SqlParameterSource> lines = new ArrayList<>();
        for (OrderFact f : facts) {
            orders.add(orderParams(f).addValue("refreshed_at", ShopFacts.utc(now)));
            for (int i = 0; i < f.lines().size(); i++) {
                OrderFact.Line line = f.lines().get(i);
                lines.add(new MapSqlParameterSource("order_id", f.orderId()).addValue("line_no", i + 1)
                        .addValue("sku", line.sku()).addValue("product", line.product()).addValue("size_label", line.size())
                        .addValue("quantity", line.quantity()).addValue("line_value", line.value()));
            }
        }
        jdbc.batchUpdate("INSERT INTO report_order_fact (" + ORDER_COLUMNS + ", refreshed_at) VALUES ("
                + named(ORDER_COLUMNS) + ", :refreshed_at)", orders.toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate("INSERT INTO report_order_line_fact (order_id, line_no, sku, product, size_label, quantity, "
                + "line_value) VALUES (:order_id, :line_no, :sku, :product, :size_label, :quantity, :line_value)",
                lines.toArray(SqlParameterSource[]::new));
    }

    /** The stored facts of these orders. */
    List<OrderFact> orders(Collection<Long> orderIds) {
        List<OrderFact> facts = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(orderIds))) {
            facts.addAll(select("f.order_id IN (:ids)", new MapSqlParameterSource("ids", chunk)));
        }
        return facts;
    }

    /** The stored facts that count on this shop day in some table. */
    List<OrderFact> ordersOnDay(LocalDate day) {
        return select("f.placed_day = :day OR f.dispatched_day = :day OR f.delivered_day = :day OR f.final_day = :day"
                + " OR f.return_day = :day", new MapSqlParameterSource("day", day));
    }

    /** Stored facts of orders placed in [from, to] (shop days). */
    List<OrderFact> ordersPlaced(LocalDate from, LocalDate to) {
        return select("f.placed_day BETWEEN :from AND :to", new MapSqlParameterSource("from", from).addValue("to", to));
    }

    private List<OrderFact> select(String where, MapSqlParameterSource params) {
        Map<Long, List<OrderFact.Line>> lines = new HashMap<>();
        jdbc.query("SELECT l.order_id, l.sku, l.product, l.size_label, l.quantity, l.line_value"
                + " FROM report_order_line_fact l JOIN report_order_fact f ON f.order_id = l.order_id WHERE " + where
                + " ORDER BY l.order_id, l.line_no", params, (ResultSet rs) -> {
                    lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new OrderFact.Line(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBigDecimal(6)));
                });
        return jdbc.query("SELECT " + ORDER_COLUMNS + " FROM report_order_fact f WHERE " + where, params,
                (rs, i) -> order(rs, lines.getOrDefault(rs.getLong("order_id"), List.of())));
    }

    void insertTasks(List<TaskFact> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        List<String> ids = tasks.stream().map(TaskFact::taskId).toList();
        for (List<String> chunk : chunks(ids)) {
            jdbc.update("DELETE FROM report_task_fact WHERE task_id IN (:ids)", new MapSqlParameterSource("ids", chunk));
        }
        jdbc.batchUpdate("""
                INSERT INTO report_task_fact (task_id, process_key, task_key, task_name, person, order_number, created_at,
                    claimed_at, completed_at, completed_day, queue_ms, work_ms)
                VALUES (:id, :process, :task, :name, :person, :order, :created, :claimed, :completed, :day, :queue, :work)""",
                tasks.stream().map(t -> new MapSqlParameterSource("id", t.taskId()).addValue("process", t.processKey())
                        .addValue("task", t.taskKey()).addValue("name", t.taskName()).addValue("person", t.person())
                        .addValue("order", t.orderNumber()).addValue("created", ShopFacts.utc(t.createdAt()))
                        .addValue("claimed", ShopFacts.utc(t.claimedAt())).addValue("completed", ShopFacts.utc(t.completedAt()))
                        .addValue("day", t.completedDay()).addValue("queue", t.queueMs(), Types.BIGINT)
                        .addValue("work", t.workMs())).toArray(SqlParameterSource[]::new));
    }

    /** Stored task facts completed on these shop days; a person, when given, limits them to his. */
    List<TaskFact> tasks(LocalDate from, LocalDate to, String person) {
        return jdbc.query("""
                SELECT task_id, process_key, task_key, task_name, person, order_number, created_at, claimed_at,
                       completed_at, completed_day, queue_ms, work_ms
                  FROM report_task_fact WHERE completed_day BETWEEN :from AND :to
                   AND (CAST(:person AS VARCHAR(255)) IS NULL OR person = :person)""",
                new MapSqlParameterSource("from", from).addValue("to", to).addValue("person", person, Types.VARCHAR),
                (rs, i) -> new TaskFact(rs.getString("task_id"), rs.getString("process_key"), rs.getString("task_key"),
                        rs.getString("task_name"), rs.getString("person"), rs.getString("order_number"),
                        ShopFacts.instant(rs, "created_at"), ShopFacts.instant(rs, "claimed_at"),
                        ShopFacts.instant(rs, "completed_at"), rs.getObject("completed_day", LocalDate.class),
                        (Long) rs.getObject("queue_ms", Long.class), rs.getLong("work_ms")));
    }

    private static MapSqlParameterSource orderParams(OrderFact f) {
        return new MapSqlParameterSource("order_id", f.orderId()).addValue("order_number", f.number())
                .addValue("channel", f.channel()).addValue("placed_at", ShopFacts.utc(f.placedAt()))
                .addValue("placed_day", f.placedDay()).addValue("status", f.status())
                .addValue("final_day", f.finalDay(), Types.DATE).addValue("cancelled", f.cancelled())
                .addValue("cancel_reason", f.cancelReason(), Types.VARCHAR).addValue("replacement", f.replacement())
                .addValue("customer_phone", f.customerPhone()).addValue("customer_name", f.customerName())
                .addValue("zone_name", f.zone()).addValue("locality_key", f.localityKey())
                .addValue("locality_name", f.localityName()).addValue("items", f.items()).addValue("booked", f.booked())
                .addValue("billed", f.billed()).addValue("credited", f.credited()).addValue("revenue", f.revenue())
                .addValue("dispatched_at", utcOrNull(f.dispatchedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("dispatched_day", f.dispatchedDay(), Types.DATE)
                .addValue("delivered_at", utcOrNull(f.deliveredAt()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("delivered_day", f.deliveredDay(), Types.DATE)
                .addValue("promised_by", utcOrNull(f.promisedBy()), Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("returned", f.returned()).addValue("return_reason", f.returnReason(), Types.VARCHAR)
                .addValue("return_day", f.returnDay(), Types.DATE).addValue("shortage", f.shortage())
                .addValue("packer", f.packer(), Types.VARCHAR).addValue("biller", f.biller(), Types.VARCHAR)
                .addValue("delivery_boy", f.deliveryBoy(), Types.VARCHAR)
                .addValue("received_ms", f.receivedMs(), Types.BIGINT).addValue("packed_ms", f.packedMs(), Types.BIGINT)
                .addValue("billed_ms", f.billedMs(), Types.BIGINT).addValue("ready_ms", f.readyMs(), Types.BIGINT)
                .addValue("out_ms", f.outMs(), Types.BIGINT);
    }

    private static OrderFact order(ResultSet rs, List<OrderFact.Line> lines) throws SQLException {
        return new OrderFact(rs.getLong("order_id"), rs.getString("order_number"), rs.getString("channel"),
                ShopFacts.instant(rs, "placed_at"), rs.getObject("placed_day", LocalDate.class), rs.getString("status"),
                rs.getObject("final_day", LocalDate.class), rs.getBoolean("cancelled"), rs.getString("cancel_reason"),
                rs.getBoolean("replacement"), rs.getString("customer_phone"), rs.getString("customer_name"),
                rs.getString("zone_name"), rs.getString("locality_key"), rs.getString("locality_name"), rs.getInt("items"),
                rs.getBigDecimal("booked"), rs.getBigDecimal("billed"), rs.getBigDecimal("credited"),
                rs.getBigDecimal("revenue"), ShopFacts.instant(rs, "dispatched_at"),
                rs.getObject("dispatched_day", LocalDate.class), ShopFacts.instant(rs, "delivered_at"),
                rs.getObject("delivered_day", LocalDate.class), ShopFacts.instant(rs, "promised_by"),
                rs.getBoolean("returned"), rs.getString("return_reason"), rs.getObject("return_day", LocalDate.class),
                rs.getBoolean("shortage"), rs.getString("packer"), rs.getString("biller"), rs.getString("delivery_boy"),
                rs.getObject("received_ms", Long.class), rs.getObject("packed_ms", Long.class),
                rs.getObject("billed_ms", Long.class), rs.getObject("ready_ms", Long.class),
                rs.getObject("out_ms", Long.class), lines);
    }

    private static java.time.OffsetDateTime utcOrNull(Instant at) {
        return at == null ? null : ShopFacts.utc(at);
    }

    private static String named(String columns) {
        return ":" + String.join(", :", columns.split(", "));
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += ShopFacts.CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + ShopFacts.CHUNK)));
        }
        return chunks;
    }
}
