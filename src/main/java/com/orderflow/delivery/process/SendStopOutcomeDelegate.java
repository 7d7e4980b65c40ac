package com.orderflow.delivery.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.delivery.RunDispatch;

/** Sends the stop's outcome to its order's process (OrderDelivered or OrderReturned, by business key). */
@Component("sendStopOutcomeDelegate")
class SendStopOutcomeDelegate implements JavaDelegate {
    private final RunDispatch dispatch;

    SendStopOutcomeDelegate(RunDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object proof = execution.getVariable(DeliveryRunProcess.VAR_PROOF_ID);
        Object reason = execution.getVariable(DeliveryRunProcess.VAR_RETURN_REASON);
        dispatch.tellOrder(DeliveryRunProcess.runNumber(execution),
                (String) execution.getVariable(DeliveryRunProcess.VAR_STOP_ORDER),
                (String) execution.getVariable(DeliveryRunProcess.VAR_DELIVERY_OUTCOME),
                reason == null ? null : reason.toString(), proof == null ? null : ((Number) proof).longValue());
    }
}
