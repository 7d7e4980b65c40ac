package com.orderflow.operations.process;

/** Names shared by nightly-backup.bpmn, consistency-check.bpmn, their adapters and tests. */
public final class OperationsProcesses {
    public static final String BACKUP_KEY = "nightly-backup";
    public static final String CHECK_KEY = "consistency-check";

    /** "Back up now": starts a backup at once. */
    public static final String MESSAGE_BACKUP_REQUESTED = "BackupRequested";
    /** "Check now", and the first start after a restore (with {@link #VAR_REASON} RESTORE). */
    public static final String MESSAGE_CHECK_REQUESTED = "ConsistencyCheckRequested";

    public static final String ERROR_BACKUP_FAILED = "BACKUP_FAILED";
    public static final String ERROR_OFFSITE_FAILED = "OFFSITE_FAILED";

    /** The archive made (its file name), or a note that the server's backup service makes them. */
    public static final String VAR_ARCHIVE = "archive";
    public static final String VAR_ARCHIVE_BYTES = "archiveBytes";
    /** Whether the off-site copy is configured (set by the backup step; the gateway reads it). */
    public static final String VAR_OFFSITE_CONFIGURED = "offsiteConfigured";
    /** What went wrong, for the admin's task (the error's message). */
    public static final String VAR_BACKUP_PROBLEM = "backupProblem";
    public static final String VAR_OFFSITE_PROBLEM = "offsiteProblem";
    /** The admin's answer on a failure task: try again now, or leave it to the next night. */
    public static final String VAR_TRY_AGAIN = "tryAgain";
    /** NIGHTLY, RESTORE or ON_REQUEST. */
    public static final String VAR_REASON = "reason";
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_FINDING_COUNT = "findingCount";
    /** The findings' ids, comma-separated (one admin task each). */
    public static final String VAR_FINDING_IDS = "findingIds";
    public static final String VAR_FINDING_ID = "findingId";
    /** The finding as the task's form shows it. */
    public static final String VAR_MISMATCH = "mismatch";

    public static final String START_NIGHTLY_BACKUP = "TimerStartEvent_NightlyBackup";
    public static final String START_BACKUP_REQUESTED = "StartEvent_BackupRequested";
    public static final String SERVICE_MAKE_BACKUP = "ServiceTask_MakeBackup";
    public static final String TASK_BACKUP_FAILED = "UserTask_LookIntoFailedBackup";
    public static final String SERVICE_COPY_OFFSITE = "ServiceTask_CopyOffsite";
    public static final String TASK_OFFSITE_FAILED = "UserTask_LookIntoOffsiteCopy";
    public static final String END_BACKED_UP = "EndEvent_BackedUp";
    public static final String END_BACKED_UP_OFFSITE = "EndEvent_BackedUpOffsite";
    public static final String END_BACKUP_LEFT = "EndEvent_BackupLeftForTonight";
    public static final String END_OFFSITE_LEFT = "EndEvent_OffsiteCopyLeftForTonight";

    public static final String START_NIGHTLY_CHECK = "TimerStartEvent_NightlyCheck";
    public static final String START_CHECK_REQUESTED = "StartEvent_CheckRequested";
    public static final String SERVICE_CHECK = "ServiceTask_CheckConsistency";
    public static final String TASK_MISMATCH = "UserTask_LookIntoMismatch";
    public static final String END_CONSISTENT = "EndEvent_Consistent";
    public static final String END_MISMATCHES_HANDLED = "EndEvent_MismatchesLookedInto";

    private OperationsProcesses() {
    }
}
