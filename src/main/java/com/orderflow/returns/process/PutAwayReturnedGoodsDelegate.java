package com.orderflow.returns.process;

import static com.orderflow.returns.process.ReturnsProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.EngineActor;
import com.orderflow.returns.ReturnSteps;

/** After inspection: packs not decided one by one are restocked where allowed, or scrapped. */
@Component
class PutAwayReturnedGoodsDelegate implements JavaDelegate {
    private final ReturnSteps steps;
    private final EngineActor actor;

    PutAwayReturnedGoodsDelegate(ReturnSteps steps, EngineActor actor) {
        this.steps = steps;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object outcome = execution.getVariable(VAR_GOODS_OUTCOME);
        steps.putAway(execution.getProcessBusinessKey(), outcome == null ? null : outcome.toString(), actor.current());
    }
}
