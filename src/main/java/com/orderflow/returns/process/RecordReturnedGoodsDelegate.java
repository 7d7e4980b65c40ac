package com.orderflow.returns.process;

import static com.orderflow.returns.process.ReturnsProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;
import com.orderflow.returns.ReturnSteps;

/** Books the returned packs into Return stock and sets what the decision table and the tasks need. */
@Component
class RecordReturnedGoodsDelegate implements JavaDelegate {
    private final ReturnSteps steps;
    private final EngineActor actor;

    RecordReturnedGoodsDelegate(ReturnSteps steps, EngineActor actor) {
        this.steps = steps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReturnSteps.Facts facts = steps.recordGoods(execution.getProcessBusinessKey(), actor.current());
        execution.setVariable(VAR_REASON, facts.reason());
        execution.setVariable(VAR_PERISHABLE, facts.perishable());
        execution.setVariable(VAR_ORDER_VALUE, facts.orderValue());
        execution.setVariable(VAR_DAYS_SINCE_DELIVERY, facts.daysSinceDelivery());
        execution.setVariable(VAR_RETURN_HISTORY, facts.returnsLast90Days());
        execution.setVariable(VAR_CUSTOMER_NAME, facts.customerName());
        execution.setVariable(VAR_RETURN_SUMMARY, facts.summary());
        execution.setVariable(VAR_RETURNED_VALUE, facts.returnedValue());
        execution.setVariable(VAR_NOTES, facts.notes());
        execution.setVariable(VAR_PHOTO, facts.photoLink());
    }
}
