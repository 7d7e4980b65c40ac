package com.orderflow.orders.process;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.orders.DeliveryPromise;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;

/**
 * Names the order's tasks by the order itself (the business key): "Pack order KO-2026-000123 ·
 * Meena Joshi", the items and the promise as description, due when the delivery promise runs out.
 * Express orders come first among equals; a broken promise's follow-up comes before everything.
 */
@Component
class OrderTaskSubjects implements TaskSubjects {
    static final int EXPRESS_PRIORITY = 75;
    static final int LATE_PRIORITY = 90;

    private final OrderLifecycle orders;
    private final ShopClock clock;

    OrderTaskSubjects(OrderLifecycle orders, ShopClock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(OrderFulfilmentProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        String number = task.getExecution().getProcessBusinessKey();
        return number == null ? Optional.empty() : orders.find(number).map(order -> subject(order, task));
    }

    private TaskSubject subject(OrderView order, DelegateTask task) {
        TaskSubject subject = TaskSubject.of(TaskTexts.joined(order.number(), order.customer().name()))
                .describedAs(description(order)).dueBy(order.promisedBy());
        if (OrderFulfilmentProcess.TASK_LATE_DELIVERY.equals(task.getTaskDefinitionKey())) {
            return subject.withPriority(LATE_PRIORITY);
        }
        return order.promise() == DeliveryPromise.EXPRESS ? subject.withPriority(EXPRESS_PRIORITY) : subject;
    }

    /** "Kaju Katli 1 kg × 2; Ukadiche Modak 500 g × 1 · express · deliver by 3 Dec, 8:00 pm · Dahisar East" */
    private String description(OrderView order) {
        return TaskTexts.joined(order.itemsSummary(), order.promise() == DeliveryPromise.EXPRESS ? "express" : null,
                order.promisedBy() == null ? null : "deliver by " + TaskTexts.when(order.promisedBy(), clock.zone()),
                order.customer().locality());
    }
}
