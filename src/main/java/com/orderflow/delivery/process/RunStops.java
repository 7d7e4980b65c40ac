package com.orderflow.delivery.process;

import java.util.List;

import org.springframework.stereotype.Component;

import com.orderflow.delivery.RunDispatch;
import com.orderflow.platform.engine.ProcessBean;

/**
 * The orders of a run in route order, for the per-stop multi-instance
 * ({@code ${runStops.orderNumbers(runNumber)}}): read from the run, so the process carries no list.
 */
@ProcessBean
@Component("runStops")
public class RunStops {
    private final RunDispatch dispatch;

    RunStops(RunDispatch dispatch) {
        this.dispatch = dispatch;
    }

    public List<String> orderNumbers(Object runNumber) {
        return dispatch.stopOrders(((Number) runNumber).longValue());
    }
}
