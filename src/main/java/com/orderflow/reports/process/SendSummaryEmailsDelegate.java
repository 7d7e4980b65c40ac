package com.orderflow.reports.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.reports.DailySummary;

/** The day's summary by e-mail, one per recipient, when the shop has a mail server. */
@Component
class SendSummaryEmailsDelegate implements JavaDelegate {
    private final DailySummary summary;

    SendSummaryEmailsDelegate(DailySummary summary) {
        this.summary = summary;
    }

    @Override
    public void execute(DelegateExecution execution) {
        summary.sendEmails(LocalDate.parse((String) execution.getVariable(DailySummaryProcess.VAR_SUMMARY_DAY)));
    }
}
