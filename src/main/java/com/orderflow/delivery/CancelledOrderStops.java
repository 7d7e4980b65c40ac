package com.orderflow.delivery;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;

/**
 * An order cancelled while it is on the road closes its stop on the run (in the transaction of the
 * cancellation), so that the run does not wait for a stop nobody can complete any more.
 */
@Component
class CancelledOrderStops {
    private final RunDispatch dispatch;

    CancelledOrderStops(RunDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @EventListener
    void on(OrderStatusChanged change) {
        if (change.to() == OrderStatus.CANCELLED) {
            dispatch.closeCancelledStop(change.orderNumber(), change.actor());
        }
    }
}
