package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.ShipmentDelays;

/**
 * Looks at the shipment when its promise passes or on the silence check: whether it became late just
 * now, for the next gateway only ({@code newlyDelayed}, local to this branch, read in the same
 * transaction).
 */
@Component("checkDelayDelegate")
class CheckDelayDelegate implements JavaDelegate {
    static final String VAR_NEWLY_DELAYED = "newlyDelayed";

    private final ShipmentDelays delays;
    private final OrderIds ids;

    CheckDelayDelegate(ShipmentDelays delays, OrderIds ids) {
        this.delays = delays;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariableLocal(VAR_NEWLY_DELAYED, delays.check(ids.of(execution)));
    }
}
