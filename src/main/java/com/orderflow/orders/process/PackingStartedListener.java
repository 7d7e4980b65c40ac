package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderLifecycle;

/**
 * Tells the order that packing started the moment a packer claims its "Pack order" task (wherever:
 * Tasklist, the REST API, our pages), so that its items are fixed from then on. The engine publishes
 * task events synchronously, so this commits with the claim; no diagram has to name it.
 */
@Component
class PackingStartedListener {
    private final OrderLifecycle lifecycle;

    PackingStartedListener(OrderLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @EventListener
    void onTask(DelegateTask task) {
        if (!OrderFulfilmentProcess.TASK_PACK.equals(task.getTaskDefinitionKey())) {
            return;
        }
        boolean claimed = TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null;
        boolean completed = TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName());
        if ((claimed || completed) && task.getExecution() != null
                && OrderFulfilmentProcess.KEY.equals(processKeyOf(task))) {
            lifecycle.packingStarted(task.getExecution().getProcessBusinessKey(),
                    task.getAssignee() == null ? "system" : task.getAssignee());
        }
    }

    private static String processKeyOf(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, Math.max(0, definitionId.indexOf(':')));
    }
}
