package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** Weight not approved or quality check failed: the piece goes back to the karigar for rework. */
@Component
class SendBackToKarigarDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    SendBackToKarigarDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = ProcessValues.text(execution, VAR_REWORK_REASON);
        work.sendBack(ProcessValues.orderId(execution), reason == null ? "rework" : reason, actor.current());
    }
}
