package com.orderflow.packing.process;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.packing.PackingService;

/**
 * "Pack order" or "Adjust packing" appeared: the form gets the batches to pick and the expected
 * weight now, not only at the claim. Tasklist reads a form's values once, when the packer opens the
 * task, and does not read them again when he claims it; values set at the claim showed as empty
 * until he opened the task again. The claim ({@link PrintPackingSlipListener}) plans again and
 * prints that plan.
 */
@Component("planPackingListener")
class PlanPackingListener implements TaskListener {
    private final PackingService packing;

    PlanPackingListener(PackingService packing) {
        this.packing = packing;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        packing.previewPlan(execution.getProcessBusinessKey(), changesOf(task)).ifPresent(plan -> show(execution, plan));
    }

    /** What a bill revision changed, for an adjust task (its own input); null for the first packing. */
    static String changesOf(DelegateTask task) {
        return TASK_ADJUST_PACKING.equals(task.getTaskDefinitionKey())
                ? String.valueOf(task.getVariable(VAR_PACKING_CHANGES)) : null;
    }

    /** What the pack and adjust forms show of a plan. */
    static void show(DelegateExecution execution, PackingService.PackingPlan plan) {
        execution.setVariable(VAR_PLANNED_BATCHES, plan.batchesText());
        execution.setVariable(VAR_PACKED_BATCHES, plan.batchesText());
        execution.setVariable(VAR_EXPECTED_WEIGHT_GRAMS, plan.expectedWeightText());
    }
}
