package com.orderflow.operations.process;

import static com.orderflow.operations.process.OperationsProcesses.ERROR_BACKUP_FAILED;
import static com.orderflow.operations.process.OperationsProcesses.VAR_ARCHIVE;
import static com.orderflow.operations.process.OperationsProcesses.VAR_ARCHIVE_BYTES;
import static com.orderflow.operations.process.OperationsProcesses.VAR_OFFSITE_CONFIGURED;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.orderflow.operations.BackupFailedException;
import com.orderflow.operations.BackupMade;
import com.orderflow.operations.LaptopBackup;
import com.orderflow.operations.OffsiteCopy;

/**
 * Makes tonight's archive where the app can (the embedded default); on a server the backup service
 * has made it and this step only says so. A failure is a business outcome for the admin (BACKUP_FAILED).
 */
@Component
class MakeBackupDelegate implements JavaDelegate {
    static final String MADE_BY_SERVICE = "made by the server's backup service";

    private final LaptopBackup backup;
    private final OffsiteCopy offsite;

    MakeBackupDelegate(LaptopBackup backup, OffsiteCopy offsite) {
        this.backup = backup;
        this.offsite = offsite;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_OFFSITE_CONFIGURED, offsite.configured());
        if (!backup.possible()) {
            execution.setVariable(VAR_ARCHIVE, MADE_BY_SERVICE);
            return;
        }
        try {
            BackupMade made = backup.make();
            execution.setVariable(VAR_ARCHIVE, made.name());
            execution.setVariable(VAR_ARCHIVE_BYTES, made.bytes());
        } catch (BackupFailedException e) {
            throw new BpmnError(ERROR_BACKUP_FAILED, e.getMessage());
        }
    }
}
