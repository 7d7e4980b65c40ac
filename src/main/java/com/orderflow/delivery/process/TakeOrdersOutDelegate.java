package com.orderflow.delivery.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.RunDispatch;

/** Tells every order on the run that it is out for delivery with the run's delivery boy. */
@Component("takeOrdersOutDelegate")
class TakeOrdersOutDelegate implements JavaDelegate {
    private final RunDispatch dispatch;

    TakeOrdersOutDelegate(RunDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dispatch.takeOrdersOut(DeliveryRunProcess.runNumber(execution),
                (String) execution.getVariable(DeliveryRunProcess.VAR_DELIVERY_BOY));
    }
}
