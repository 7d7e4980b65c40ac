package com.orderflow.reports.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.reports.RollUp;

/** The nightly roll-up of the reports' tables. */
@Component
class RollUpReportsDelegate implements JavaDelegate {
    private final RollUp rollUp;

    RollUpReportsDelegate(RollUp rollUp) {
        this.rollUp = rollUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rollUp.run();
    }
}
