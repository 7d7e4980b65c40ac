package com.orderflow.returns.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;
import com.orderflow.returns.ReturnSteps;

/** Places the replacement order (its own order-fulfilment packs and delivers it); the customer is told. */
@Component
class SendReplacementDelegate implements JavaDelegate {
    static final String VAR_REPLACEMENT_ORDER = "replacementOrder";
    private final ReturnSteps steps;
    private final EngineActor actor;

    SendReplacementDelegate(ReturnSteps steps, EngineActor actor) {
        this.steps = steps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_REPLACEMENT_ORDER, steps.replace(execution.getProcessBusinessKey(), actor.current()));
    }
}
