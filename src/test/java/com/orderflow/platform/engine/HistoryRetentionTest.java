package com.orderflow.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.notifications.NotificationRetention;
import com.orderflow.platform.RetentionSettings;
import com.orderflow.platform.audit.AuditRetention;
import com.orderflow.support.OrderflowSpringTest;

/**
 * History does not grow for ever: each night, after the reports' roll-up, the engine's cleanup
 * deletes the history of work that ended longer ago than its retention, and our own audit entries
 * and finished notifications go after the same time; what is younger stays. The history kept is what
 * the reports read, without a row for every variable write.
 */
@OrderflowSpringTest
class HistoryRetentionTest {
    private static final String PROBE = "retention-probe";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditRetention audit;
    @Autowired
    NotificationRetention notifications;
    @Autowired
    RetentionSettings retention;

    @Test
    void theEngineCleansUpAtNightInShopTimeAfterTheReportsRollUp() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00+0530");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0530");
        assertThatThrownBy(() -> new HistoryCleanupWindow(LocalTime.of(0, 10), LocalTime.of(5, 0), LocalTime.of(0, 20),
                ZoneId.of("Asia/Kolkata"))).hasMessageContaining("orderflow.reports.rollup-at");
    }

    @Test
    void theOrdersHistoryIsKeptAsLongAsTheRetentionAndNoDiagramKeepsLonger() throws Exception {
        Pattern ttl = Pattern.compile("<bpmn:process id=\"([^\"]+)\"[^>]*camunda:historyTimeToLive=\"([^\"]+)\"");
        try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = ttl.matcher(Files.readString(diagram));
                assertThat(matcher.find()).as(diagram + " has a history time to live").isTrue();
                Duration kept = Duration.parse(matcher.group(2));
                assertThat(kept).as(diagram.toString()).isLessThanOrEqualTo(retention.keep());
                if (List.of("order-fulfilment", "delivery-run").contains(matcher.group(1))) {
                    // the audit trail and the outbox describe the same orders: they go together
                    assertThat(kept).as(diagram.toString()).isEqualTo(retention.keep());
                }
            }
        }
    }

    @Test
    void theCleanupRemovesOldFinishedHistoryAndKeepsYoungerHistory() {
        deployProbe();
        String old;
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(200))));
            old = finishedProbe();
        } finally {
            ClockUtil.reset();
        }
        String young = finishedProbe();
        String oldTask = history.createHistoricTaskInstanceQuery().processInstanceId(old).singleResult().getId();
        String youngTask = history.createHistoricTaskInstanceQuery().processInstanceId(young).singleResult().getId();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(oldTask).count()).isPositive();

        var job = history.cleanUpHistoryAsync(true);
        management.executeJob(job.getId());

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(old).count()).isZero();
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(oldTask).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(young).count()).isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(young).count()).isEqualTo(1);
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(youngTask).count()).isPositive();
    }

    @Test
    void historyKeepsWhatTheReportsReadButNoRowPerVariableWrite() {
        deployProbe();
        String id = runtime.startProcessInstanceByKey(PROBE, java.util.Map.of("weight", 100)).getId();
        var task = tasks.createTaskQuery().processInstanceId(id).singleResult();
        tasks.claim(task.getId(), "packer");
        runtime.setVariable(id, "weight", 200);
        tasks.complete(task.getId(), java.util.Map.of("weight", 300));

        assertThat(history.createHistoricDetailQuery().processInstanceId(id).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).singleResult().getValue())
                .isEqualTo(300);
        assertThat(history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("assignee").userId("packer")
                .singleResult().getTime()).isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(id).finished().count()).isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(id).count()).isEqualTo(3);
    }

    @Test
    void oldAuditEntriesGoAndYoungerOnesStay() {
        Instant now = Instant.now();
        jdbc.update("INSERT INTO audit_event (at, actor, action, order_ref, details) VALUES (?, 'owner', 'RETENTION_OLD',"
                + " 'RET-1', 'old')", Timestamp.from(now.minus(retention.keep()).minus(Duration.ofDays(1))));
        jdbc.update("INSERT INTO audit_event (at, actor, action, order_ref, details) VALUES (?, 'owner', 'RETENTION_YOUNG',"
                + " 'RET-1', 'young')", Timestamp.from(now.minus(retention.keep()).plus(Duration.ofDays(1))));

        assertThat(audit.forgetExpired()).isPositive();

        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE order_ref = 'RET-1'", String.class))
                .containsExactly("RETENTION_YOUNG");
    }

    @Test
    void oldFinishedNotificationsGoAndPendingOrYoungerOnesStay() {
        Instant old = Instant.now().minus(retention.keep()).minus(Duration.ofDays(1));
        Instant younger = Instant.now().minus(retention.keep()).plus(Duration.ofDays(1));
        notification("RET-SENT-OLD", "SENT", old);
        notification("RET-PENDING-OLD", "PENDING", old);
        notification("RET-SENT-YOUNG", "DELIVERED", younger);

        assertThat(notifications.forgetExpired()).isPositive();

        assertThat(jdbc.queryForList("SELECT idempotency_key FROM notification WHERE order_number = 'RET-9'"
                + " ORDER BY idempotency_key", String.class)).isEqualTo(List.of("RET-PENDING-OLD", "RET-SENT-YOUNG"));
    }

    private void deployProbe() {
        repository.createDeployment().enableDuplicateFiltering(true).addModelInstance(PROBE + ".bpmn",
                Bpmn.createExecutableProcess(PROBE).name("Retention probe").camundaHistoryTimeToLive(180)
                        .startEvent("StartEvent_Probe").name("Probe started")
                        .userTask("UserTask_Probe").name("Probe").camundaCandidateGroups("admin")
                        .endEvent("EndEvent_Probe").name("Probe ended").done()).deploy();
    }

    private String finishedProbe() {
        String id = runtime.startProcessInstanceByKey(PROBE).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(id).singleResult().getId());
        return id;
    }

    private void notification(String key, String status, Instant at) {
        jdbc.update("INSERT INTO notification (idempotency_key, order_id, order_number, event_type, send_version, channel,"
                + " recipient, language_tag, body, content_variables, status, attempts, care_task_opened, created_by,"
                + " created_at, updated_at) VALUES (?, 0, 'RET-9', 'DELIVERED', 1, 'SMS', '+919800000000', 'en', 'b', '{}',"
                + " ?, 1, false, 'system', ?, ?)", key, status, Timestamp.from(at), Timestamp.from(at));
    }
}
