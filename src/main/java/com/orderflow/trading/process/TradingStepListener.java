package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.ProcessBean;

import com.orderflow.platform.EngineActor;
import com.orderflow.trading.TradingMilestones;

/**
 * Writes the order's step table at the diagram's milestones, on the flows that leave a step:
 * {@code ${tradingStep.done(execution, 1008)}}, {@code ${tradingStep.skipped(execution, 1004, 'own stock')}}.
 */
@ProcessBean
@Component("tradingStep")
public class TradingStepListener {
    private final TradingMilestones milestones;
    private final EngineActor actor;
    private final OrderIds ids;

    TradingStepListener(TradingMilestones milestones, EngineActor actor, OrderIds ids) {
        this.milestones = milestones;
        this.actor = actor;
        this.ids = ids;
    }

    public void done(DelegateExecution execution, int step) {
        milestones.done(ids.of(execution), step, null, actor.current());
    }

    public void done(DelegateExecution execution, int step, String note) {
        milestones.done(ids.of(execution), step, note, actor.current());
    }

    public void skipped(DelegateExecution execution, int step, String why) {
        milestones.skipped(ids.of(execution), step, why, actor.current());
    }
}
