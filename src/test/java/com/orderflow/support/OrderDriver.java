package com.orderflow.support;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import com.orderflow.orders.process.OrderFulfilmentProcess;

/** Moves an order's process forward through its user tasks, as the staff would in Tasklist. */
@Component
public class OrderDriver {
    private final TaskService tasks;

    OrderDriver(TaskService tasks) {
        this.tasks = tasks;
    }

    public OrderDriver pack(String number) {
        return complete(number, OrderFulfilmentProcess.TASK_PACK, null, Map.of("allItemsPacked", true));
    }

    public OrderDriver bill(String number) {
        return complete(number, OrderFulfilmentProcess.TASK_BILL, null, Map.of("paymentMode", "cash"));
    }

    public OrderDriver takeOut(String number, String deliveryBoy) {
        return complete(number, OrderFulfilmentProcess.TASK_DISPATCH, deliveryBoy,
                Map.of("billAndPackagesChecked", true));
    }

    public OrderDriver deliver(String number) {
        return complete(number, OrderFulfilmentProcess.TASK_CONFIRM_DELIVERY, null,
                Map.of(OrderFulfilmentProcess.VAR_DELIVERY_OUTCOME, OrderFulfilmentProcess.OUTCOME_DELIVERED));
    }

    private OrderDriver complete(String number, String taskKey, String claimer, Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("Order " + number + " is not waiting at " + taskKey);
        }
        if (claimer != null) {
            tasks.claim(task.getId(), claimer);
        }
        tasks.complete(task.getId(), variables);
        return this;
    }
}
