package com.orderflow.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.inventory.BackorderView;
import com.orderflow.inventory.OrderStockService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.security.CurrentUser;

/**
 * The live board (K6): every open order by status, plus today's delivered, cancelled and returned
 * ones. An order is late when it has waited in its status longer than the shop allows
 * ({@code orderflow.board.late-after}), an advance booking is past its delivery date, or an order is
 * past its delivery promise (S6). A busy shop has far more open orders than a screen holds (issue 18:
 * 100 000), so each column counts its orders and shows only its most urgent ones: open columns the
 * nearest (or longest missed) delivery promise first, closed columns the newest first, at most
 * {@code orderflow.board.cards-per-status} (or the {@code cards} asked for, 1 to {@value #MAX_CARDS}).
 */
@Service
@EnableConfigurationProperties(OrderBoard.BoardProperties.class)
public class OrderBoard {
    public static final int MAX_CARDS = 100;
    private static final int DEFAULT_CARDS = 20;
    private static final EnumSet<OrderStatus> OPEN = EnumSet.of(OrderStatus.RECEIVED, OrderStatus.PACKED,
            OrderStatus.BILLED, OrderStatus.READY_FOR_DISPATCH, OrderStatus.OUT_FOR_DELIVERY);
    private static final EnumSet<OrderStatus> CLOSED = EnumSet.complementOf(OPEN);
    private static final Comparator<Order> MOST_URGENT = Comparator
            .comparing(Order::promisedBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Order::statusSince).thenComparing(Order::id);
    private static final Comparator<Order> NEWEST = Comparator.comparing(Order::statusSince)
            .thenComparing(Order::id).reversed();

    @ConfigurationProperties(prefix = "orderflow.board")
    record BoardProperties(Map<OrderStatus, Duration> lateAfter, Integer refreshSeconds, Integer cardsPerStatus) {
    }

    /**
     * The board's columns in lifecycle order, each with its most urgent orders first; {@code counts}
     * says how many orders each column holds (more than its cards when it is capped), {@code late}
     * how many open orders are late, cards shown or not.
     */
    public record Board(Map<OrderStatus, List<OrderSummary>> columns, Map<OrderStatus, Long> counts, int late,
            Instant at, int refreshSeconds, int cardsPerStatus) {
    }

    private final Orders orders;
    private final BoardQueries queries;
    private final OrderPermissions permissions;
    private final OrderStockService stock;
    private final ShopClock clock;
    private final BoardProperties properties;

    OrderBoard(Orders orders, BoardQueries queries, OrderPermissions permissions, OrderStockService stock,
            ShopClock clock, BoardProperties properties) {
        this.orders = orders;
        this.queries = queries;
        this.permissions = permissions;
        this.stock = stock;
        this.clock = clock;
        this.properties = properties;
    }

    /** The board with the shop's number of cards per column. */
    public Board board(CurrentUser user) {
        return board(user, null);
    }

    /** The board with at most {@code cards} cards per column (null: the shop's setting). */
    @Transactional(readOnly = true)
    public Board board(CurrentUser user, Integer cards) {
        permissions.check(user, OrderPermissions.Action.VIEW, null);
        int cap = cardsPerStatus(cards);
        String ownOnly = OrderService.onlyOwnDeliveries(user) ? user.id() : null;
        Instant now = clock.now();
        Instant startOfDay = clock.at(clock.today(), LocalTime.MIDNIGHT).toInstant();
        BoardQueries.Counts counts = queries.counts(OPEN, CLOSED, lateAfter(), now, clock.today(), startOfDay, ownOnly);
        List<Long> ids = queries.urgent(OPEN, CLOSED, startOfDay, ownOnly, cap);
        Set<String> backordered = stock.backorders().stream().map(BackorderView::orderNumber).collect(Collectors.toSet());
        Map<OrderStatus, List<OrderSummary>> columns = new EnumMap<>(OrderStatus.class);
        Map<OrderStatus, Long> perStatus = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            columns.put(status, new ArrayList<>());
            perStatus.put(status, counts.perStatus().getOrDefault(status, 0L));
        }
        List<Order> shown = ids.isEmpty() ? List.of() : orders.findByIdIn(ids);
        Stream.concat(shown.stream().filter(o -> OPEN.contains(o.status())).sorted(MOST_URGENT),
                        shown.stream().filter(o -> CLOSED.contains(o.status())).sorted(NEWEST))
                .map(o -> summary(o, late(o, now), backordered.contains(o.number()), o.isPastPromise(now)))
                .forEach(s -> columns.get(s.status()).add(s));
        return new Board(columns, perStatus, (int) counts.late(), now,
                properties.refreshSeconds() == null ? 10 : properties.refreshSeconds(), cap);
    }

    private int cardsPerStatus(Integer cards) {
        if (cards == null) {
            return properties.cardsPerStatus() == null ? DEFAULT_CARDS : properties.cardsPerStatus();
        }
        if (cards < 1 || cards > MAX_CARDS) {
            throw new InvalidInputException("cards", "must be a whole number from 1 to " + MAX_CARDS);
        }
        return cards;
    }

    private Map<OrderStatus, Duration> lateAfter() {
        return properties.lateAfter() == null ? Map.of() : properties.lateAfter();
    }

    /** Late: too long in its status, past its delivery date, or past its promise (S6). */
    private boolean late(Order order, Instant now) {
        return order.isLate(now, lateAfter().get(order.status()), clock.today()) || order.isPastPromise(now);
    }

    static OrderSummary summary(Order o, boolean late, boolean backorder) {
        return summary(o, late, backorder, false);
    }

    static OrderSummary summary(Order o, boolean late, boolean backorder, boolean pastPromise) {
        return new OrderSummary(o.number(), o.status(), o.channel(), o.customer().firstName(), o.itemCount(),
                o.total(), o.statusSince(), o.deliveryDate(), o.deliveryBoy(), late,
                OrderSummary.colourOf(o.status(), late), backorder, o.promisedBy(), pastPromise);
    }
}
