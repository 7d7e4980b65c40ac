package com.orderflow.delivery;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.delivery.DeliveryPermissions.Action;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.security.CurrentUser;

/**
 * What the pinning page shows of an order (K15): its address and the point its stop is routed to
 * now. Pinning itself is {@link DeliveryService#setPoint}.
 */
@Service
public class StopPins {
    private final OrderService orders;
    private final OrderPoints orderPoints;
    private final ZoneService zones;
    private final DeliverySettings settings;

    StopPins(OrderService orders, OrderPoints orderPoints, ZoneService zones, DeliverySettings settings) {
        this.orders = orders;
        this.orderPoints = orderPoints;
        this.zones = zones;
        this.settings = settings;
    }

    /**
     * The order's address and current point, for dispatchers.
     *
     * @throws com.orderflow.platform.web.NotFoundException for an order that does not exist
     */
    @Transactional(readOnly = true)
    public PointView point(String orderNumber, CurrentUser user) {
        DeliveryPermissions.check(user, Action.DISPATCH);
        OrderView order = orders.get(orderNumber, user);
        Optional<GeoPoint> pinned = orderPoints.findById(order.number()).map(OrderPoint::point);
        Optional<GeoPoint> point = pinned.or(() -> zones.pointOf(order.customer().locality(), order.customer().pincode()));
        String source = pinned.isPresent() ? "ORDER" : point.isPresent() ? "LOCALITY" : "NONE";
        GeoPoint shop = settings.shop().point();
        return new PointView(order.number(), order.customer().name(), order.customer().address(),
                order.customer().locality(), order.customer().pincode(), point.map(GeoPoint::latitude).orElse(null),
                point.map(GeoPoint::longitude).orElse(null), source, shop.latitude(), shop.longitude(),
                settings.tileUrl(), settings.tileAttribution());
    }
}
