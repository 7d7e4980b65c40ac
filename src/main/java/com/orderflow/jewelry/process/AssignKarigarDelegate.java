package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** Gives the order to the karigar chosen by hand at head office or, when nobody chose, the table's suggestion (J3). */
@Component
class AssignKarigarDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    AssignKarigarDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String chosen = ProcessValues.text(execution, VAR_KARIGAR);
        String karigar = chosen != null ? chosen : ProcessValues.text(execution, VAR_SUGGESTED_KARIGAR);
        work.assign(ProcessValues.orderId(execution), karigar, actor.current());
        execution.setVariable(VAR_KARIGAR, karigar);
    }
}
