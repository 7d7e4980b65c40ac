package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.platform.EngineActor;

/**
 * When "Take out for delivery" completes, the one who claimed it (or completed it) is the
 * delivery boy; the confirm-delivery task is assigned to him through {@code deliveryBoy}.
 */
@Component("recordDeliveryBoyListener")
class RecordDeliveryBoyListener implements TaskListener {
    private final OrderLifecycle lifecycle;
    private final EngineActor actor;

    RecordDeliveryBoyListener(OrderLifecycle lifecycle, EngineActor actor) {
        this.lifecycle = lifecycle;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        String deliveryBoy = task.getAssignee() != null ? task.getAssignee() : actor.current();
        if (EngineActor.SYSTEM.equals(deliveryBoy)) {
            deliveryBoy = null;
        }
        long orderId = lifecycle.idOf(task.getExecution().getProcessBusinessKey());
        lifecycle.assignDeliveryBoy(orderId, deliveryBoy);
        task.setVariable(OrderFulfilmentProcess.VAR_DELIVERY_BOY, deliveryBoy);
    }
}
