package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderStatus;
import com.orderflow.platform.EngineActor;
import com.orderflow.platform.engine.ProcessBean;

/**
 * Writes the order's visible status at a milestone of the diagram:
 * {@code ${orderStatus.mark(execution, 'PACKED')}}. The actor is whoever completed the step in
 * Tasklist or through the API, or "system".
 */
@ProcessBean
@Component("orderStatus")
public class MarkOrderStatusListener {
    private final OrderLifecycle lifecycle;
    private final EngineActor actor;

    MarkOrderStatusListener(OrderLifecycle lifecycle, EngineActor actor) {
        this.lifecycle = lifecycle;
        this.actor = actor;
    }

    public void mark(DelegateExecution execution, String status) {
        long orderId = lifecycle.idOf(execution.getProcessBusinessKey());
        lifecycle.recordStatus(orderId, OrderStatus.valueOf(status), actor.current());
    }
}
