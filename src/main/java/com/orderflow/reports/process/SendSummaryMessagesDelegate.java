package com.orderflow.reports.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.reports.DailySummary;

/** The day's summary into the outbox, one WhatsApp/SMS per recipient. */
@Component
class SendSummaryMessagesDelegate implements JavaDelegate {
    private final DailySummary summary;

    SendSummaryMessagesDelegate(DailySummary summary) {
        this.summary = summary;
    }

    @Override
    public void execute(DelegateExecution execution) {
        summary.sendMessages(LocalDate.parse((String) execution.getVariable(DailySummaryProcess.VAR_SUMMARY_DAY)));
    }
}
