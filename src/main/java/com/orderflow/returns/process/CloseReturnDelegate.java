package com.orderflow.returns.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;
import com.orderflow.returns.ReturnSteps;

/** Money settled and goods inspected: the return is closed. */
@Component
class CloseReturnDelegate implements JavaDelegate {
    private final ReturnSteps steps;
    private final EngineActor actor;

    CloseReturnDelegate(ReturnSteps steps, EngineActor actor) {
        this.steps = steps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.close(execution.getProcessBusinessKey(), actor.current());
    }
}
