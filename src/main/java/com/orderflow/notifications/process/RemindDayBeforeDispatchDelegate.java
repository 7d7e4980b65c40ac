package com.orderflow.notifications.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.Outbox;

/**
 * For the order-fulfilment diagram, after its day-before-dispatch timer:
 * {@code camunda:delegateExpression="${remindDayBeforeDispatchDelegate}"}. Reads {@code orderId}.
 * Safe to run twice (a retried job): the reminder is written once per order.
 */
@Component("remindDayBeforeDispatchDelegate")
class RemindDayBeforeDispatchDelegate implements JavaDelegate {
    static final String VAR_ORDER_ID = "orderId";
    private final Outbox outbox;

    RemindDayBeforeDispatchDelegate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.remindDayBeforeDispatch((Long) execution.getVariable(VAR_ORDER_ID));
    }
}
