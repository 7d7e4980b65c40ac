package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;

/** Before the order ends: is any sample still with the karigar? */
@Component
class CheckSamplesDelegate implements JavaDelegate {
    private final JewelryWork work;

    CheckSamplesDelegate(JewelryWork work) {
        this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_SAMPLES_OUTSTANDING, work.samplesWithKarigar(ProcessValues.orderId(execution)));
    }
}
