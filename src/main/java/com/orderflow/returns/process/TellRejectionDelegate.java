package com.orderflow.returns.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;
import com.orderflow.returns.ReturnSteps;

/** The return is rejected: the customer is told why. */
@Component
class TellRejectionDelegate implements JavaDelegate {
    private final ReturnSteps steps;
    private final EngineActor actor;

    TellRejectionDelegate(ReturnSteps steps, EngineActor actor) {
        this.steps = steps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.reject(execution.getProcessBusinessKey(), actor.current());
    }
}
