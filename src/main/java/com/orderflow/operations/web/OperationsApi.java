package com.orderflow.operations.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.operations.BackupDesk;
import com.orderflow.operations.ConsistencyReport;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.NotFoundException;

/** Backups and the consistency check for scripts and the admin (admin only). */
@RestController
@RequestMapping("/api/operations")
class OperationsApi {
    private final BackupDesk desk;

    OperationsApi(BackupDesk desk) {
        this.desk = desk;
    }

    /** The backups folder's archives, newest first, with their off-site copies. */
    @GetMapping("/backups")
    BackupDesk.Overview backups(CurrentUser user) {
        return desk.overview(user);
    }

    /** "Back up now": 202 with the backup process's id; the archive appears in the list when it is made. */
    @PostMapping("/backups")
    ResponseEntity<Map<String, String>> backUpNow(CurrentUser user) {
        return ResponseEntity.accepted().body(Map.of("processInstanceId", desk.backUpNow(user)));
    }

    /** The latest consistency report (404 before the first check). */
    @GetMapping("/consistency")
    ConsistencyReport consistency(CurrentUser user) {
        return desk.latestReport(user).orElseThrow(() -> new NotFoundException("No consistency check has run yet"));
    }

    /** "Check now": 202 with the check's process id. */
    @PostMapping("/consistency")
    ResponseEntity<Map<String, String>> checkNow(CurrentUser user) {
        return ResponseEntity.accepted().body(Map.of("processInstanceId", desk.checkNow(user)));
    }
}
