package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** Records what the karigar desk handed over: the metal's weight, and the samples into his custody. */
@Component
class RecordIssueDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    RecordIssueDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.issue(ProcessValues.orderId(execution),
                ProcessValues.decimal(execution, JewelryOrderProcess.VAR_ISSUED_METAL_GRAMS), actor.current());
    }
}
