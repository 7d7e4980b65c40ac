package com.orderflow.orders.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;

/**
 * On completing "Possible duplicate order": a cancellation is recorded in the name of whoever
 * completed the task (never a name the form could send), as {@code cancelledBy} for the cancel path.
 */
@Component("recordDuplicateDecisionListener")
class RecordDuplicateDecisionListener implements TaskListener {
    private final EngineActor actor;

    RecordDuplicateDecisionListener(EngineActor actor) {
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        if (OrderFulfilmentProcess.DECISION_CANCEL.equals(task.getVariable(OrderFulfilmentProcess.VAR_DUPLICATE_DECISION))) {
            task.getExecution().setVariable(OrderFulfilmentProcess.VAR_CANCELLED_BY, actor.current());
        }
    }
}
