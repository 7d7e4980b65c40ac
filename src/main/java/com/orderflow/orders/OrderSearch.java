package com.orderflow.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.orders.OrderPermissions.Action;
import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * The order list and its search box (issue 12). Billing and delivery facts come from the read-only
 * views {@code order_money}, {@code order_bill_number} and {@code order_delivery} (migration V16),
 * not from those modules' tables; a page of orders is one query, however many orders it shows, plus
 * one to count them.
 */
@Service
public class OrderSearch {
    public static final int MAX_PAGE_SIZE = 200;
    private static final int MIN_PHONE_DIGITS = 4;

    private final NamedParameterJdbcTemplate jdbc;
    private final OrderPermissions permissions;
    private final ShopClock clock;

    OrderSearch(NamedParameterJdbcTemplate jdbc, OrderPermissions permissions, ShopClock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** The orders matching the query, newest first; a delivery boy sees only the orders he carries. */
    @Transactional(readOnly = true)
    public Page<OrderListEntry> search(OrderQuery query, int page, int size, CurrentUser user) {
        permissions.check(user, Action.VIEW, null);
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(query, user, params);
        // billing and delivery facts are joined only where a filter needs them; otherwise the page of
        // orders is picked first and only its rows are joined (the views worked out for every order took
        // 1.8 s a page at 50 000 finished orders: README, Benchmark)
        boolean filtersOnViews = notBlank(query.zone()) || notBlank(query.deliveryBoy()) || query.payment() != null;
        long total = jdbc.queryForObject("SELECT COUNT(*)" + (filtersOnViews ? FROM : ORDERS) + where, params, Long.class);
        if (total <= request.getOffset()) {
            return new PageImpl<>(List.of(), request, total);
        }
        params.addValue("limit", request.getPageSize()).addValue("offset", request.getOffset());
        String newestFirst = " ORDER BY o.created_at DESC, o.id DESC";
        String sql = filtersOnViews ? SELECT + FROM + where + newestFirst + " LIMIT :limit OFFSET :offset"
                : SELECT + " FROM (SELECT o.*" + ORDERS + where + newestFirst + " LIMIT :limit OFFSET :offset) o" + VIEWS
                        + newestFirst;
        List<OrderListEntry> rows = jdbc.query(sql, params, (rs, n) -> entry(rs));
        return new PageImpl<>(rows, request, total);
    }

    /** The zones orders have been in, for the list's filter. */
    @Transactional(readOnly = true)
    public List<String> zones(CurrentUser user) {
        permissions.check(user, Action.VIEW, null);
        return jdbc.queryForList("SELECT z FROM (SELECT DISTINCT delivery_zone AS z FROM customer_order"
                + " UNION SELECT DISTINCT zone_name AS z FROM order_delivery) zones WHERE z IS NOT NULL ORDER BY z",
                new MapSqlParameterSource(), String.class);
    }

    /** The delivery boys orders have been given to, for the list's filter. */
    @Transactional(readOnly = true)
    public List<String> deliveryBoys(CurrentUser user) {
        permissions.check(user, Action.VIEW, null);
        return jdbc.queryForList("SELECT b FROM (SELECT DISTINCT delivery_boy AS b FROM customer_order"
                + " UNION SELECT DISTINCT delivery_boy AS b FROM order_delivery) boys WHERE b IS NOT NULL ORDER BY b",
                new MapSqlParameterSource(), String.class);
    }

    private static final String SELECT = "SELECT o.order_number, o.status, o.channel, o.customer_name, o.customer_phone,"
            + " o.total, o.created_at, o.status_since, o.delivery_date, o.promised_by,"
            + " COALESCE(d.zone_name, o.delivery_zone) AS zone, COALESCE(o.delivery_boy, d.delivery_boy) AS boy,"
            + " m.bill_number, m.billed, m.billed - m.paid AS due,"
            + " (SELECT COALESCE(SUM(l.quantity), 0) FROM order_line l WHERE l.order_id = o.id) AS items";
    private static final String ORDERS = " FROM customer_order o";
    private static final String VIEWS = " LEFT JOIN order_money m ON m.order_number = o.order_number"
            + " LEFT JOIN order_delivery d ON d.order_number = o.order_number";
    private static final String FROM = ORDERS + VIEWS;
    private static final String PAID = "(m.billed > 0 AND m.billed - m.paid <= 0)";

    private String where(OrderQuery query, CurrentUser user, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (query.status() != null) {
            conditions.add("o.status = :status");
            params.addValue("status", query.status().name());
        }
        if (query.channel() != null) {
            conditions.add("o.channel = :channel");
            params.addValue("channel", query.channel().name());
        }
        if (query.from() != null) {
            conditions.add("o.created_at >= :from");
            params.addValue("from", clock.at(query.from(), LocalTime.MIDNIGHT).toOffsetDateTime());
        }
        if (query.to() != null) {
            conditions.add("o.created_at < :to");
            params.addValue("to", clock.at(query.to().plusDays(1), LocalTime.MIDNIGHT).toOffsetDateTime());
        }
        if (notBlank(query.zone())) {
            conditions.add("COALESCE(d.zone_name, o.delivery_zone) = :zone");
            params.addValue("zone", query.zone().strip());
        }
        if (notBlank(query.deliveryBoy())) {
            conditions.add("COALESCE(o.delivery_boy, d.delivery_boy) = :boy");
            params.addValue("boy", query.deliveryBoy().strip());
        }
        if (query.payment() != null) {
            conditions.add(query.payment() == OrderQuery.Payment.PAID ? PAID
                    : "NOT (COALESCE(m.billed, 0) > 0 AND COALESCE(m.billed, 0) - COALESCE(m.paid, 0) <= 0)");
        }
        if (notBlank(query.text())) {
            conditions.add(textCondition(query.text().strip(), params));
        }
        if (OrderService.onlyOwnDeliveries(user)) {
            conditions.add("o.delivery_boy = :me");
            params.addValue("me", user.id());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Number, name or bill number containing the text; a phone number in any format, or its digits. */
    private static String textCondition(String text, MapSqlParameterSource params) {
        String like = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
        params.addValue("textLower", like).addValue("textUpper", like.toUpperCase(Locale.ROOT));
        List<String> any = new ArrayList<>(List.of(
                "UPPER(o.order_number) LIKE :textUpper ESCAPE '\\'",
                "LOWER(o.customer_name) LIKE :textLower ESCAPE '\\'",
                "o.order_number IN (SELECT n.order_number FROM order_bill_number n"
                        + " WHERE UPPER(n.bill_number) LIKE :textUpper ESCAPE '\\')"));
        var phone = PhoneNumbers.toE164(text);
        String digits = text.replaceAll("\\D", "");
        if (phone.isPresent()) {
            any.add("o.customer_phone = :phone");
            params.addValue("phone", phone.get());
        } else if (text.matches("[+0-9 ()-]+") && digits.length() >= MIN_PHONE_DIGITS) {
            any.add("o.customer_phone LIKE :phoneDigits");
            params.addValue("phoneDigits", "%" + digits + "%");
        }
        return "(" + String.join(" OR ", any) + ")";
    }

    private static OrderListEntry entry(ResultSet rs) throws SQLException {
        String name = rs.getString("customer_name");
        int space = name.indexOf(' ');
        var due = rs.getBigDecimal("due");
        var billed = rs.getBigDecimal("billed");
        String bill = rs.getString("bill_number");
        return new OrderListEntry(rs.getString("order_number"), OrderStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), name, space < 0 ? name : name.substring(0, space),
                rs.getString("customer_phone"), rs.getInt("items"), rs.getBigDecimal("total"),
                instant(rs, "created_at"), instant(rs, "status_since"),
                rs.getObject("delivery_date", java.time.LocalDate.class), instant(rs, "promised_by"),
                rs.getString("zone"), rs.getString("boy"), bill, bill == null ? null : Money.rupees(due),
                bill != null && billed.signum() > 0 && due.signum() <= 0);
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
