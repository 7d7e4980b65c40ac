package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;

/** Before the assignment table decides: how much of this category's work the karigars have open. */
@Component
class CountWorkloadListener implements ExecutionListener {
    private final JewelryWork work;

    CountWorkloadListener(JewelryWork work) {
        this.work = work;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(JewelryOrderProcess.VAR_WORKLOAD,
                work.workload((String) execution.getVariable(JewelryOrderProcess.VAR_CATEGORY)));
    }
}
