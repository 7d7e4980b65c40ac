package com.orderflow.returns.process;

import static com.orderflow.returns.process.ReturnsProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;
import com.orderflow.returns.ReturnSteps;

/** Credit note, money back by the chosen method, the customer told. */
@Component
class RefundReturnDelegate implements JavaDelegate {
    private final ReturnSteps steps;
    private final EngineActor actor;

    RefundReturnDelegate(ReturnSteps steps, EngineActor actor) {
        this.steps = steps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object method = execution.getVariable(VAR_REFUND_METHOD);
        Object reference = execution.getVariable(VAR_REFUND_REFERENCE);
        steps.refund(execution.getProcessBusinessKey(), method == null ? null : method.toString(),
                reference == null ? null : reference.toString(), actor.current());
    }
}
