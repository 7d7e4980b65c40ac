package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** The piece is at the counter: the customer is told (J8). */
@Component
class TellCustomerReadyDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    TellCustomerReadyDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.ready(ProcessValues.orderId(execution), actor.current());
    }
}
