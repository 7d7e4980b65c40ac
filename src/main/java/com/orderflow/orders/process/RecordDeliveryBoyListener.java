package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;

/**
 * When the "Out for delivery" message arrives (a delivery run with this order was taken out), the
 * boy it names is the order's delivery boy: from then on he sees the order on his phone, and the
 * customer's message names him.
 */
@Component("recordDeliveryBoyListener")
class RecordDeliveryBoyListener implements ExecutionListener {
    private final OrderLifecycle lifecycle;

    RecordDeliveryBoyListener(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object deliveryBoy = execution.getVariable(OrderFulfilmentProcess.VAR_DELIVERY_BOY);
        long orderId = lifecycle.idOf(execution.getProcessBusinessKey());
        lifecycle.assignDeliveryBoy(orderId, deliveryBoy == null ? null : deliveryBoy.toString());
    }
}
