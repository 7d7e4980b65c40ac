package com.orderflow.support;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.RunDispatch;
import com.orderflow.delivery.RunOnRoad;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * Moves an order's process forward as the staff would: packing and billing through their user
 * tasks (as in Tasklist), dispatch and delivery through a delivery run (as on the boy's phone page).
 */
@Component
public class OrderDriver {
    private final TaskService tasks;
    private final RunDispatch dispatch;
    private final ProofService proofs;
    private final OrderLifecycle orders;

    OrderDriver(TaskService tasks, RunDispatch dispatch, ProofService proofs, OrderLifecycle orders) {
        this.tasks = tasks;
        this.dispatch = dispatch;
        this.proofs = proofs;
        this.orders = orders;
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

    /** Bills with this payment mode: cash, upi, card, or credit (nothing paid yet: to collect at the door). */
    public OrderDriver bill(String number, String paymentMode) {
        return complete(number, OrderFulfilmentProcess.TASK_BILL, null, Map.of("paymentMode", paymentMode));
    }

    /** The delivery boy takes the order out on a run of one from his phone page. */
    public OrderDriver takeOut(String number, String deliveryBoy) {
        dispatch.takeOut(number, deliveryBoy, boy(deliveryBoy));
        return this;
    }

    /** The order's delivery boy photographs the goods at the door and marks the stop delivered, collecting nothing. */
    public OrderDriver deliver(String number) {
        return endStop(number, "DELIVERED", null);
    }

    /** The order's delivery boy photographs the goods and brings them back, saying why. */
    public OrderDriver bringBack(String number, String reason) {
        return endStop(number, "RETURNED", reason);
    }

    /** The run that carries or carried the order today, as its delivery boy sees it. */
    public RunOnRoad runOf(String number) {
        String boy = orders.find(number).orElseThrow().deliveryBoy();
        if (boy == null) {
            throw new IllegalStateException("Order " + number + " is not out for delivery");
        }
        return dispatch.runsOnRoad(boy(boy), true).stream()
                .filter(run -> run.stops().stream().anyMatch(s -> s.orderNumber().equals(number)))
                .findFirst().orElseThrow(() -> new IllegalStateException("Order " + number + " is on no run on the road"));
    }

    /** A delivery boy as the pages see him. */
    public static CurrentUser boy(String id) {
        return new CurrentUser(id, Set.of(Roles.DELIVERY));
    }

    private OrderDriver endStop(String number, String outcome, String reason) {
        RunOnRoad run = runOf(number);
        CurrentUser boy = boy(run.deliveryBoy());
        proofs.upload(run.number(), number, "PHOTO", new ByteArrayInputStream(TestImages.jpeg(64, 48)), boy);
        // the boy collects nothing at the door: what the bill still asks stays due
        dispatch.completeStop(run.number(), number, new RunDispatch.StopCompletion(outcome, reason,
                "DELIVERED".equals(outcome) ? "NONE" : null, null, null), boy);
        return this;
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
