package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;

/** The karigar's reminder on the day before the due date (J7). */
@Component
class RemindKarigarDelegate implements JavaDelegate {
    private final JewelryWork work;

    RemindKarigarDelegate(JewelryWork work) {
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(JewelryOrderProcess.VAR_KARIGAR_REMINDED_FOR, work.remindKarigar(
                ProcessValues.orderId(execution), ProcessValues.text(execution, JewelryOrderProcess.VAR_KARIGAR_REMINDED_FOR)));
    }
}
