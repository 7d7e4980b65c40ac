package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;

/** The customer confirmed the advance booking in reply to the reminder: it goes into the order's story. */
@Component("recordCustomerConfirmationDelegate")
class RecordCustomerConfirmationDelegate implements JavaDelegate {
    private final OrderLifecycle lifecycle;

    RecordCustomerConfirmationDelegate(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.recordCustomerConfirmation(lifecycle.idOf(execution.getProcessBusinessKey()));
    }
}
