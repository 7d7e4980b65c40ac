package com.orderflow.packing.process;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.packing.PackingService;
import com.orderflow.platform.EngineActor;

/**
 * A packing task completes only with a weight the scale could have read for these items; the
 * packer is the task's assignee (or whoever completed it unclaimed), kept for the packing record.
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
        DelegateExecution execution = task.getExecution();
        // the value the form sent lands on the execution; a task-local copy would be stale
        packing.checkWeight(execution.getProcessBusinessKey(), execution.getVariable(VAR_PACKED_WEIGHT_GRAMS));
        execution.setVariable(VAR_PACKED_BY, task.getAssignee() != null ? task.getAssignee() : actor.current());
    }
}
