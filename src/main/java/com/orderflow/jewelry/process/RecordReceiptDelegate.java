package com.orderflow.jewelry.process;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.JewelryWork;
import com.orderflow.platform.EngineActor;

/** Records a custom piece back from the karigar and hands the weight table its inputs (J5). */
@Component
class RecordReceiptDelegate implements JavaDelegate {
    private final JewelryWork work;
    private final EngineActor actor;

    RecordReceiptDelegate(JewelryWork work, EngineActor actor) {
        this.work = work;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JewelryWork.Receipt receipt = work.receive(ProcessValues.orderId(execution),
                ProcessValues.decimal(execution, VAR_GROSS_GRAMS), ProcessValues.decimal(execution, VAR_NET_GRAMS),
                ProcessValues.flag(execution, VAR_SAMPLES_RETURNED),
                ProcessValues.integer(execution, VAR_CUSTOMER_STONES_RETURNED), actor.current());
        execution.setVariable(VAR_DIFFERENCE_PERCENT, receipt.differencePercent());
        execution.setVariable(VAR_WITHIN_ORDER_TOLERANCE, receipt.withinOrderTolerance());
        execution.setVariable(VAR_WEIGHT_DIFFERENCE, receipt.shown());
    }
}
