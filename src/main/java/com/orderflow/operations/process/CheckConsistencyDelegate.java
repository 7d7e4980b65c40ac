package com.orderflow.operations.process;

import static com.orderflow.operations.process.OperationsProcesses.VAR_FINDING_COUNT;
import static com.orderflow.operations.process.OperationsProcesses.VAR_FINDING_IDS;
import static com.orderflow.operations.process.OperationsProcesses.VAR_REASON;
import static com.orderflow.operations.process.OperationsProcesses.VAR_REPORT_ID;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.operations.ConsistencyCheck;
import com.orderflow.operations.ConsistencyReport;

/** Runs the consistency check and hands the diagram the findings, one admin task each. */
@Component
class CheckConsistencyDelegate implements JavaDelegate {
    private static final Set<String> REASONS = Set.of(ConsistencyCheck.NIGHTLY, ConsistencyCheck.RESTORE,
            ConsistencyCheck.ON_REQUEST);

    private final ConsistencyCheck check;

    CheckConsistencyDelegate(ConsistencyCheck check) {
        this.check = check;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object given = execution.getVariable(VAR_REASON);
        String reason = given != null && REASONS.contains(given.toString()) ? given.toString() : ConsistencyCheck.NIGHTLY;
        ConsistencyReport report = check.run(reason);
        execution.setVariable(VAR_REPORT_ID, report.id());
        execution.setVariable(VAR_FINDING_COUNT, report.findings().size());
        execution.setVariable(VAR_FINDING_IDS, report.findings().stream().map(item -> Long.toString(item.id()))
                .collect(Collectors.joining(",")));
    }
}
