package com.orderflow.delivery.process;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.RunDispatch;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;

/**
 * Names a stop's task by its run (the business key) and its order: "Deliver the stop run 12 · stop 3
 * · KO-2026-000123 · Meena Joshi", the address and items as description, due when the order's
 * delivery promise runs out. The stop's order is {@code stopOrder} as the multi-instance has just set
 * it from the run's stops, in the transaction that creates the task.
 */
@Component
class DeliveryStopSubjects implements TaskSubjects {
    private final RunDispatch dispatch;
    private final OrderLifecycle orders;

    DeliveryStopSubjects(RunDispatch dispatch, OrderLifecycle orders) {
        this.dispatch = dispatch;
        this.orders = orders;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(DeliveryRunProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (businessKey == null || !businessKey.startsWith("run-")
                || !(task.getExecution().getVariable(DeliveryRunProcess.VAR_STOP_ORDER) instanceof String number)) {
            return Optional.empty();
        }
        long run = DeliveryRunProcess.runNumberOf(businessKey);
        List<String> stops = dispatch.stopOrders(run);
        String stop = stops.contains(number) ? "stop " + (stops.indexOf(number) + 1) + " of " + stops.size() : null;
        return orders.find(number).map(order -> TaskSubject.of(TaskTexts.joined("run " + run, stop, number,
                order.customer().name())).describedAs(description(order)).dueBy(order.promisedBy()));
    }

    /** "12 Shanti Nagar, Dahisar East · Kaju Katli 1 kg × 2" */
    private static String description(OrderView order) {
        var c = order.customer();
        String address = TaskTexts.joined(c.address(), c.locality()).replace(" · ", ", ");
        return TaskTexts.joined(address, order.itemsSummary());
    }
}
