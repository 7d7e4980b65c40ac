package com.orderflow.operations.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names each mismatch task after what it is about ("Look into KO-2026-000123"), so Tasklist's list says which order. */
@Component
class NameMismatchTaskListener implements TaskListener {
    private final ConsistencyFindings findings;

    NameMismatchTaskListener(ConsistencyFindings findings) {
        this.findings = findings;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setName("Look into " + findings.subject(task.getVariable(OperationsProcesses.VAR_FINDING_ID)));
    }
}
