package com.orderflow.support;

import java.math.BigDecimal;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.orderflow.orders.process.OrderFulfilmentProcess;

/** Moves an order's process forward through its user tasks, as the staff would in Tasklist. */
@Component
public class OrderDriver {
    private final TaskService tasks;

    OrderDriver(TaskService tasks) {
        this.tasks = tasks;
    }

    /**
     * The packer claims "Pack order" (which prints the slip), weighs the box at exactly the
     * expected weight and completes.
     */
    public OrderDriver pack(String number) {
        return packing(number, OrderFulfilmentProcess.TASK_PACK, Map.of("allItemsPacked", true));
    }

    /** The packer claims the open "Adjust packing" task, weighs again and completes. */
    public OrderDriver adjustPacking(String number) {
        return packing(number, OrderFulfilmentProcess.TASK_ADJUST_PACKING, Map.of("packingAdjusted", true));
    }

    /** The packer puts a cancelled order's packs back on the shelf. */
    public OrderDriver unpack(String number) {
        return complete(number, OrderFulfilmentProcess.TASK_UNPACK_CANCELLED, "packer",
                Map.of("packsBackOnShelf", true));
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

    /** The weight the catalogue expects for the task's order, once the task is claimed. */
    public long expectedWeightGrams(String taskId) {
        Object expected = tasks.getVariable(taskId, OrderFulfilmentProcess.VAR_EXPECTED_WEIGHT_GRAMS);
        if (expected == null) {
            throw new IllegalStateException("Task " + taskId + " has no expected weight: is it claimed?");
        }
        return new BigDecimal(expected.toString()).longValue();
    }

    private OrderDriver packing(String number, String taskKey, Map<String, Object> formValues) {
        Task task = find(number, taskKey);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId(), "packer");
        }
        Map<String, Object> variables = new java.util.HashMap<>(formValues);
        variables.put(OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS, expectedWeightGrams(task.getId()));
        tasks.complete(task.getId(), variables);
        return this;
    }

    private OrderDriver complete(String number, String taskKey, String claimer, Map<String, Object> variables) {
        Task task = find(number, taskKey);
        if (claimer != null) {
            tasks.claim(task.getId(), claimer);
        }
        tasks.complete(task.getId(), variables);
        return this;
    }

    private Task find(String number, String taskKey) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("Order " + number + " is not waiting at " + taskKey);
        }
        return task;
    }
}
