package com.orderflow.returns.process;

import static com.orderflow.returns.process.ReturnsProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;
import com.orderflow.returns.ReturnDecision;
import com.orderflow.returns.ReturnSteps;

/**
 * Records the decision of "Review return" (biller) or "Manager reviews return" as the task
 * completes. A choice other than the suggestion without a reason is refused, and the task stays
 * open with the message; the gateways read the decision in its normal spelling.
 */
@Component
class RecordReturnDecisionListener implements TaskListener {
    private final ReturnSteps steps;
    private final EngineActor actor;

    RecordReturnDecisionListener(ReturnSteps steps, EngineActor actor) {
        this.steps = steps;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean byManager = TASK_MANAGER_REVIEW.equals(task.getTaskDefinitionKey());
        String who = task.getAssignee() != null ? task.getAssignee() : actor.current();
        Object reason = task.getVariable(VAR_DECISION_REASON);
        ReturnDecision decision = steps.decide(task.getExecution().getProcessBusinessKey(),
                task.getVariable(VAR_DECISION), reason == null ? null : reason.toString(), byManager, who);
        task.getExecution().setVariable(VAR_DECISION, decision.value());
    }
}
