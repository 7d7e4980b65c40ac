package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** The order manager's account of every sample still out: returned after all, or lost with a note. */
@Component
class AccountForSamplesDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    AccountForSamplesDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.accountForSamples(ProcessValues.orderId(execution), ProcessValues.text(execution, VAR_SAMPLE_OUTCOME),
                ProcessValues.text(execution, VAR_SAMPLE_NOTE), actor.current());
    }
}
