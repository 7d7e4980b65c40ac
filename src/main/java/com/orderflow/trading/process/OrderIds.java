package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.orderflow.trading.TradingQueries;

/** The order of an execution, by the business key its process was started with (the order number). */
@Component
class OrderIds {
    private final TradingQueries queries;

    OrderIds(TradingQueries queries) {
        this.queries = queries;
    }

    long of(DelegateExecution execution) {
        return queries.idOf(execution.getProcessBusinessKey());
    }
}
