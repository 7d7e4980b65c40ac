package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** The date the order manager agreed with an overdue karigar; the reminder and escalation timers follow it. */
@Component
class RecordNewDueDateDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    RecordNewDueDateDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(work.newDueDate(ProcessValues.orderId(execution), ProcessValues.text(execution, VAR_NEW_DUE_DATE),
                actor.current()));
    }
}
