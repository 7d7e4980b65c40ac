package com.orderflow.delivery;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderFilter;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.platform.Roles;
import com.orderflow.platform.bootstrap.DemoData;
import com.orderflow.platform.security.CurrentUser;

/**
 * After the demo orders (orders' DemoOrders), ravi takes the demo order that is ready for dispatch
 * out on a run of one, so that his phone page and the live map show a run on the road. Only in demo
 * mode, only when no run exists yet.
 */
@Component
@Order(11)
class DemoRuns implements DemoData {
    private static final Logger log = LoggerFactory.getLogger(DemoRuns.class);
    private static final CurrentUser RAVI = new CurrentUser("ravi", Set.of(Roles.DELIVERY));
    private static final CurrentUser MANAGER = new CurrentUser("manager", Set.of(Roles.ORDER_MANAGER));

    private final boolean enabled;
    private final DeliveryRuns runs;
    private final OrderService orders;
    private final RunDispatch dispatch;

    DemoRuns(@Value("${orderflow.demo:false}") boolean demo, @Value("${orderflow.demo-orders:true}") boolean demoOrders,
            DeliveryRuns runs, OrderService orders, RunDispatch dispatch) {
        this.enabled = demo && demoOrders;
        this.runs = runs;
        this.orders = orders;
        this.dispatch = dispatch;
    }

    @Override
    public void run() {
        if (!enabled || runs.count() > 0) {
            return;
        }
        orders.list(new OrderFilter(OrderStatus.READY_FOR_DISPATCH, null, null, null), PageRequest.of(0, 1), MANAGER)
                .forEach(order -> {
                    RunOnRoad run = dispatch.takeOut(order.number(), RAVI.id(), RAVI);
                    log.info("Demo run {}: ravi took order {} out for delivery", run.number(), order.number());
                });
    }
}
