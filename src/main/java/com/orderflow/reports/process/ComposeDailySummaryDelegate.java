package com.orderflow.reports.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.reports.DailySummary;

/** The evening timer fired: works out today's figures (shop day) and keeps them; the day goes on in the process. */
@Component
class ComposeDailySummaryDelegate implements JavaDelegate {
    private final DailySummary summary;
    private final ShopClock clock;

    ComposeDailySummaryDelegate(DailySummary summary, ShopClock clock) {
        this.summary = summary;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DailySummary.Figures figures = summary.compose(clock.today());
        execution.setVariable(DailySummaryProcess.VAR_SUMMARY_DAY, figures.day().toString());
    }
}
