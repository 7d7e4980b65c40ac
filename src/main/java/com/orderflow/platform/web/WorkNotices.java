package com.orderflow.platform.web;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;

/**
 * "Something new is waiting for you" (K2): the tasks that appeared for a staff member's role
 * groups, or were assigned to him, since he last looked. When the packer completes an order, the
 * biller's screen says so at once, whatever page of ours he has open; Tasklist holds the work.
 */
@Service
class WorkNotices {
    static final int MAX_NOTICES = 10;
    /**
     * A task committed a moment after the last look may carry a creation time before it; asking
     * again from a little earlier catches it, and the page drops the ids it has shown already.
     */
    static final java.time.Duration OVERLAP = java.time.Duration.ofSeconds(10);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ShopClock clock;

    WorkNotices(TaskService tasks, RuntimeService runtime, ShopClock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Open tasks for the user created strictly after {@code since}, newest first, at most {@link #MAX_NOTICES}. */
    Notices since(Instant since, CurrentUser user) {
        Instant now = clock.now();
        if (user.deliversOnly() || user.roles().isEmpty()) {
            // a delivery boy works from his phone page (/delivery/my-run), which lists his stops;
            // a notice pointing him into Tasklist would only cover the buttons he needs
            return new Notices(now.minus(OVERLAP), List.of());
        }
        var query = tasks.createTaskQuery().taskCreatedAfter(Date.from(since)).active();
        query.or().taskCandidateGroupIn(List.copyOf(user.roles())).taskAssignee(user.id()).endOr();
        List<Task> found = query.orderByTaskCreateTime().desc().listPage(0, MAX_NOTICES);
        Map<String, String> orderOf = businessKeys(found);
        List<Notice> notices = found.stream().map(task -> new Notice(task.getId(), task.getName(),
                orderOf.get(task.getProcessInstanceId()), task.getCreateTime().toInstant(),
                "/camunda/app/tasklist/default/#/?task=" + task.getId())).toList();
        return new Notices(now.minus(OVERLAP), notices);
    }

    private Map<String, String> businessKeys(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId)
                .filter(id -> id != null).collect(Collectors.toCollection(HashSet::new));
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** What the page shows; {@code asOf} is what the page sends back as {@code since} next time. */
    record Notices(Instant asOf, List<Notice> notices) {
    }

    record Notice(String taskId, String task, String orderNumber, Instant createdAt, String link) {
    }
}
