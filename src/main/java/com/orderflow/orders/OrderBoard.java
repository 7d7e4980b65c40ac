package com.orderflow.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
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
import com.orderflow.platform.security.CurrentUser;

/**
 * The live board (K6): every open order by status, plus today's delivered, cancelled and returned
 * ones. An order is late when it has waited in its status longer than the shop allows
 * ({@code orderflow.board.late-after}), an advance booking is past its delivery date, or an order is
 * past its delivery promise (S6).
 */
@Service
@EnableConfigurationProperties(OrderBoard.BoardProperties.class)
public class OrderBoard {
    private static final EnumSet<OrderStatus> OPEN = EnumSet.of(OrderStatus.RECEIVED, OrderStatus.PACKED,
            OrderStatus.BILLED, OrderStatus.READY_FOR_DISPATCH, OrderStatus.OUT_FOR_DELIVERY);
    private static final EnumSet<OrderStatus> CLOSED = EnumSet.complementOf(OPEN);

    @ConfigurationProperties(prefix = "orderflow.board")
    record BoardProperties(Map<OrderStatus, Duration> lateAfter, Integer refreshSeconds) {
    }

    /** The board's columns in lifecycle order, each with its orders oldest first. */
    public record Board(Map<OrderStatus, List<OrderSummary>> columns, int late, Instant at, int refreshSeconds) {
    }

    private final Orders orders;
    private final OrderPermissions permissions;
    private final OrderStockService stock;
    private final ShopClock clock;
    private final BoardProperties properties;

    OrderBoard(Orders orders, OrderPermissions permissions, OrderStockService stock, ShopClock clock,
            BoardProperties properties) {
        this.orders = orders;
        this.permissions = permissions;
        this.stock = stock;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Board board(CurrentUser user) {
        permissions.check(user, OrderPermissions.Action.VIEW, null);
        boolean ownOnly = OrderService.onlyOwnDeliveries(user);
        Set<String> backordered = stock.backorders().stream().map(BackorderView::orderNumber).collect(Collectors.toSet());
        Instant now = clock.now();
        Instant startOfDay = clock.at(clock.today(), LocalTime.MIDNIGHT).toInstant();
        Map<OrderStatus, List<OrderSummary>> columns = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            columns.put(status, new java.util.ArrayList<>());
        }
        Stream.concat(orders.findByStatusIn(OPEN).stream(),
                        orders.findByStatusInAndStatusSinceAfter(CLOSED, startOfDay).stream())
                .filter(o -> !ownOnly || user.id().equals(o.deliveryBoy()))
                .map(o -> summary(o, late(o, now), backordered.contains(o.number()), o.isPastPromise(now)))
                .sorted(Comparator.comparing(OrderSummary::statusSince))
                .forEach(s -> columns.get(s.status()).add(s));
        int late = (int) columns.values().stream().flatMap(List::stream).filter(OrderSummary::late).count();
        return new Board(columns, late, now, properties.refreshSeconds() == null ? 10 : properties.refreshSeconds());
    }

    /** Late: too long in its status, past its delivery date, or past its promise (S6). */
    private boolean late(Order order, Instant now) {
        Map<OrderStatus, Duration> limits = properties.lateAfter() == null ? Map.of() : properties.lateAfter();
        return order.isLate(now, limits.get(order.status()), clock.today()) || order.isPastPromise(now);
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
