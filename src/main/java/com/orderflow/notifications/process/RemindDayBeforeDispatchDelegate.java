package com.orderflow.notifications.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.notifications.Outbox;
import com.orderflow.orders.OrderLifecycle;

/**
 * For the order-fulfilment diagram, after its day-before-dispatch timer:
 * {@code camunda:delegateExpression="${remindDayBeforeDispatchDelegate}"}. The order is the
 * process's business key. Safe to run twice (a retried job): the reminder is written once per order.
 */
@Component("remindDayBeforeDispatchDelegate")
class RemindDayBeforeDispatchDelegate implements JavaDelegate {
    private final Outbox outbox;
    private final OrderLifecycle orders;

    RemindDayBeforeDispatchDelegate(Outbox outbox, OrderLifecycle orders) {
        this.outbox = outbox;
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.remindDayBeforeDispatch(orders.idOf(execution.getProcessBusinessKey()));
    }
}
