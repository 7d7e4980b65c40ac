package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** Gives the checked piece its tag number (J6); the tag's barcode says number, metal, purity and weight. */
@Component
class CreateTagDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    CreateTagDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_TAG_NUMBER, work.tag(ProcessValues.orderId(execution), actor.current()));
    }
}
