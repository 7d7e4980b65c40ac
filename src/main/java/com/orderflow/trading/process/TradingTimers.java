package com.orderflow.trading.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.ProcessBean;

import com.orderflow.trading.ShipmentDelays;
import com.orderflow.trading.TradingSettings;

/**
 * The diagram's timers from the settings and the domain: {@code ${tradingTimers.payWithin()}} (ISO-8601
 * durations), {@code ${tradingTimers.promisedBy(execution)}} (the shipment's promise).
 */
@ProcessBean
@Component("tradingTimers")
public class TradingTimers {
    private final TradingSettings settings;
    private final ShipmentDelays delays;
    private final OrderIds ids;

    TradingTimers(TradingSettings settings, ShipmentDelays delays, OrderIds ids) {
        this.settings = settings;
        this.delays = delays;
        this.ids = ids;
    }

    public String payWithin() {
        return settings.getPayWithin().toString();
    }

    public String vendorAnswerWithin() {
        return settings.getVendorAnswerWithin().toString();
    }

    public String slotAnswerWithin() {
        return settings.getSlotAnswerWithin().toString();
    }

    /** Every this long while the shipment is on the way, it is looked at for a silence. */
    public String delayCheckCycle() {
        return "R/" + settings.getDelayCheckEvery();
    }

    public Date promisedBy(DelegateExecution execution) {
        return delays.promisedBy(ids.of(execution));
    }
}
