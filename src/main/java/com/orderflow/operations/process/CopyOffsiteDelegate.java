package com.orderflow.operations.process;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.operations.OffsiteCopy;
import com.orderflow.operations.OffsiteFailedException;

/** Copies every archive not yet off-site; after the configured tries, the admin gets a task (OFFSITE_FAILED). */
@Component
class CopyOffsiteDelegate implements JavaDelegate {
    private final OffsiteCopy offsite;

    CopyOffsiteDelegate(OffsiteCopy offsite) {
        this.offsite = offsite;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            offsite.uploadPending();
        } catch (OffsiteFailedException e) {
            throw new BpmnError(OperationsProcesses.ERROR_OFFSITE_FAILED, e.getMessage());
        }
    }
}
