package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.Installations;

/** The next installation visit: technician and first free slot, offered to the customer. Nobody found: the manager chooses. */
@Component("planVisitDelegate")
class PlanVisitDelegate implements JavaDelegate {
    private final Installations installations;
    private final OrderIds ids;

    PlanVisitDelegate(Installations installations, OrderIds ids) {
        this.installations = installations;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!installations.plan(ids.of(execution))) {
            throw new BpmnError(TradingOrderProcess.ERROR_NO_TECHNICIAN, "The technician table names nobody for the order");
        }
    }
}
