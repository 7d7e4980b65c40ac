package com.orderflow.packing.process;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.packing.PackingService;

/**
 * A packer claimed "Pack order" or "Adjust packing": packing starts. The batches are planned again
 * (the form has shown them since the task appeared, {@link PlanPackingListener}), the weight field is
 * emptied so that the box is weighed again, and the packing slip goes to the printer when the claim
 * commits. Giving the task back (unclaim) starts nothing.
 */
@Component("printPackingSlipListener")
class PrintPackingSlipListener implements TaskListener {
    private final PackingService packing;

    PrintPackingSlipListener(PackingService packing) {
        this.packing = packing;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getAssignee() == null) {
            return;
        }
        DelegateExecution execution = task.getExecution();
        PlanPackingListener.show(execution, packing.startPacking(execution.getProcessBusinessKey(),
                task.getAssignee(), PlanPackingListener.changesOf(task)));
        execution.removeVariable(VAR_PACKED_WEIGHT_GRAMS);
        execution.setVariable(VAR_PACKING_STARTED, true);
    }
}
