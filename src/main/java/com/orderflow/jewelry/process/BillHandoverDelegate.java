package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** The exact bill at handover at the day's rate (J8, J9); refused while the day's rate is missing. */
@Component
class BillHandoverDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    BillHandoverDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        work.bill(ProcessValues.orderId(execution), actor.current());
    }
}
