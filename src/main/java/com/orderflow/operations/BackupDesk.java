package com.orderflow.operations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import com.orderflow.operations.process.OperationsProcesses;
import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;

/**
 * What the operations page and API offer the admin: the archives, "Back up now", the latest
 * consistency report and "Check now". Both requests start the same processes the nightly timers do,
 * so a backup asked for runs like the nightly one (in the background, its failures as admin tasks).
 */
@Service
public class BackupDesk {
    private final LaptopBackup backup;
    private final OffsiteCopy offsite;
    private final ConsistencyCheck check;
    private final RuntimeService runtime;

    BackupDesk(LaptopBackup backup, OffsiteCopy offsite, ConsistencyCheck check, RuntimeService runtime) {
        this.backup = backup;
        this.offsite = offsite;
        this.check = check;
        this.runtime = runtime;
    }

    /** An archive as the page lists it. */
    public record ArchiveView(String name, LocalDateTime madeAt, long bytes, String offsite) {
    }

    /** The backups as the admin sees them: where they are, whether this app makes them, and the archives. */
    public record Overview(String folder, boolean madeHere, boolean offsiteConfigured, List<ArchiveView> archives) {
    }

    public Overview overview(CurrentUser user) {
        requireAdmin(user);
        BackupFolder folder = backup.folder();
        return new Overview(folder.path().toString(), backup.possible(), offsite.configured(), folder.archives().stream()
                .map(a -> new ArchiveView(a.name(), a.madeAt(), a.size(), a.offsiteKey())).toList());
    }

    /** Starts a backup now; returns its process's id. */
    public String backUpNow(CurrentUser user) {
        requireAdmin(user);
        return runtime.startProcessInstanceByMessage(OperationsProcesses.MESSAGE_BACKUP_REQUESTED).getId();
    }

    /** Starts a consistency check now; returns its process's id. */
    public String checkNow(CurrentUser user) {
        requireAdmin(user);
        return startCheck(ConsistencyCheck.ON_REQUEST);
    }

    String startCheck(String reason) {
        return runtime.startProcessInstanceByMessage(OperationsProcesses.MESSAGE_CHECK_REQUESTED,
                Map.of(OperationsProcesses.VAR_REASON, reason)).getId();
    }

    public Optional<ConsistencyReport> latestReport(CurrentUser user) {
        requireAdmin(user);
        return check.latest();
    }

    public static boolean mayUse(CurrentUser user) {
        return user.hasRole(Roles.ADMIN);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!mayUse(user)) {
            throw new AccessDeniedException("Only an admin may see and make backups");
        }
    }

    /** For the page: when a report was made, as an instant. */
    static Instant at(ConsistencyReport report) {
        return report.checkedAt();
    }
}
