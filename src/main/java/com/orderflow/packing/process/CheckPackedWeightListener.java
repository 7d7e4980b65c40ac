package com.orderflow.packing.process;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.packing.PackingService;
import com.orderflow.platform.EngineActor;

/**
 * A packing task completes only with a weight the scale could have read for these items. The
 * weighing (weight, the packer's batch note, and the packer: the task's assignee, or whoever
 * completed it unclaimed) is recorded in the packing domain as the task completes, for the packing
 * record written when stock is taken: that may be a later transaction, and reads no variable.
 */
@Component("checkPackedWeightListener")
class CheckPackedWeightListener implements TaskListener {
    private final PackingService packing;
    private final EngineActor actor;

    CheckPackedWeightListener(PackingService packing, EngineActor actor) {
        this.packing = packing;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        Object batches = task.getVariable(VAR_PACKED_BATCHES);
        packing.weighed(task.getExecution().getProcessBusinessKey(),
                TASK_ADJUST_PACKING.equals(task.getTaskDefinitionKey()),
                task.getAssignee() != null ? task.getAssignee() : actor.current(),
                task.getVariable(VAR_PACKED_WEIGHT_GRAMS), batches == null ? null : batches.toString());
    }
}
