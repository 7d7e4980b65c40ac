package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.KarigarSlips;

/** End of day: every karigar with new work gets his slip (J4). */
@Component
class PrintKarigarSlipsDelegate implements JavaDelegate {
    private final KarigarSlips slips;

    PrintKarigarSlipsDelegate(KarigarSlips slips) {
        this.slips = slips;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(JewelryDailyProcesses.VAR_SLIP_COUNT, slips.printAndSend());
    }
}
