package com.orderflow.operations.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names each mismatch task after what it is about ("Look into KO-2026-000123"), so Tasklist's list
 * says which order, and gives its form the finding (a task-local variable: the multi-instance body's
 * input mapping would run before the element variable {@code findingId} exists).
 */
@Component
class NameMismatchTaskListener implements TaskListener {
    private final ConsistencyFindings findings;

    NameMismatchTaskListener(ConsistencyFindings findings) {
        this.findings = findings;
    }

    @Override
    public void notify(DelegateTask task) {
        Object findingId = task.getVariable(OperationsProcesses.VAR_FINDING_ID);
        task.setName("Look into " + findings.subject(findingId));
        task.setVariableLocal(OperationsProcesses.VAR_MISMATCH, findings.text(findingId));
    }
}
