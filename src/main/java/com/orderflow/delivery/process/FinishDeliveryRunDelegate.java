package com.orderflow.delivery.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.RunDispatch;

/** Every stop ended: the run is completed and stops taking positions. */
@Component("finishDeliveryRunDelegate")
class FinishDeliveryRunDelegate implements JavaDelegate {
    private final RunDispatch dispatch;

    FinishDeliveryRunDelegate(RunDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.finish(DeliveryRunProcess.runNumber(execution));
    }
}
