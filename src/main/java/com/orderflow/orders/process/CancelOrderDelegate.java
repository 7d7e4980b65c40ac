package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderStatus;

/** Records the cancellation that the "OrderCancelled" message brought, with who asked for it. */
@Component("cancelOrderDelegate")
class CancelOrderDelegate implements JavaDelegate {
    private final OrderLifecycle lifecycle;

    CancelOrderDelegate(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long orderId = lifecycle.idOf(execution.getProcessBusinessKey());
        String cancelledBy = (String) execution.getVariable(OrderFulfilmentProcess.VAR_CANCELLED_BY);
        lifecycle.recordStatus(orderId, OrderStatus.CANCELLED, cancelledBy == null ? "system" : cancelledBy);
    }
}
