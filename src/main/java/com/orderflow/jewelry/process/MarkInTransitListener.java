package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** The tagged piece left for its branch: in transit until the counter receives it (J6). */
@Component
class MarkInTransitListener implements ExecutionListener {
    private final JewelryWork work;
    private final EngineActor actor;

    MarkInTransitListener(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateExecution execution) {
        work.inTransit(ProcessValues.orderId(execution), actor.current());
    }
}
