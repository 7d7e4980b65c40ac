package com.orderflow.jewelry.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.jewelry.OrderManagerReport;

/** Every morning: the head-office order manager's report (J7). */
@Component
class SendMorningReportDelegate implements JavaDelegate {
    private final OrderManagerReport report;

    SendMorningReportDelegate(OrderManagerReport report) {
        this.report = report;
    }

    @Override
    public void execute(DelegateExecution execution) {
        report.makeAndSend();
    }
}
