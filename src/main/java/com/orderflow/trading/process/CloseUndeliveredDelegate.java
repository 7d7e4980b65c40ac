package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.trading.TradingClosing;

/** Cancels an order that did not ship, or takes back one the courier returned: stock back, vendor credited. */
@Component("closeUndeliveredDelegate")
class CloseUndeliveredDelegate implements JavaDelegate {
    private final TradingClosing closing;
    private final OrderIds ids;

    CloseUndeliveredDelegate(TradingClosing closing, OrderIds ids) {
        this.closing = closing;
        this.ids = ids;
    }

    @Override
    public void execute(DelegateExecution execution) {
        closing.closeUndelivered(ids.of(execution));
    }
}
