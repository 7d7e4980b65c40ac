package com.orderflow.packing.process;

import static com.orderflow.orders.process.OrderFulfilmentProcess.*;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.packing.PackingService;

/** The packer changed the box after a bill revision: recorded with its new weight (checked before). */
@Component("recordAdjustedPackingListener")
class RecordAdjustedPackingListener implements TaskListener {
    private final PackingService packing;

    RecordAdjustedPackingListener(PackingService packing) {
        this.packing = packing;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        packing.recordAdjusted(execution.getProcessBusinessKey(), (String) execution.getVariable(VAR_PACKED_BY),
                new BigDecimal(String.valueOf(execution.getVariable(VAR_PACKED_WEIGHT_GRAMS))),
                (String) execution.getVariable(VAR_PACKED_BATCHES));
    }
}
