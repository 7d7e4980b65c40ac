package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import com.orderflow.notifications.DirectMessages;
import com.orderflow.notifications.NotificationEvent;
import com.orderflow.notifications.NotificationView;

/** The staff's moves in the jewelry processes, as Tasklist makes them: signed in as a user of the task's group. */
@org.springframework.stereotype.Component
class JewelrySteps {
    static final ZoneId SHOP = ZoneId.of("Asia/Kolkata");

    final JewelryService service;
    final RuntimeService runtime;
    final TaskService tasks;
    final IdentityService identity;
    final ManagementService management;
    final DirectMessages messages;

    JewelrySteps(JewelryService service, RuntimeService runtime, TaskService tasks, IdentityService identity,
            ManagementService management, DirectMessages messages) {
        this.service = service;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
        this.messages = messages;
    }

    /** Moves the engine (and shop) clock to a shop-local date and time. */
    static void clockAt(LocalDate date, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(time).atZone(SHOP).toInstant()));
    }

    /**
     * Moves the clock to 11:00 on a day of the test's own, far from the real today, so that its rates
     * and timers are its own; that day.
     */
    static LocalDate onADayOfItsOwn() {
        clockAt(LocalDate.now(SHOP).plusDays(40 + (long) (Math.random() * 300)), LocalTime.of(11, 0));
        return shopToday();
    }

    static LocalDate shopToday() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), SHOP);
    }

    JewelryOrderView take(NewJewelryOrder order) {
        return service.take(order, JewelryFixtures.BILLER);
    }

    JewelryOrderView view(JewelryOrderView order) {
        return service.get(order.number(), JewelryFixtures.MANAGER);
    }

    ProcessInstance processOf(JewelryOrderView order) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(order.number()).singleResult();
    }

    Task task(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    /** Completes the task waiting at {@code taskKey} as a member of its candidate group. */
    void complete(ProcessInstance instance, String taskKey, String user, String group, Object... keyValues) {
        assertThat(instance).isWaitingAt(taskKey);
        Task task = task(instance, taskKey);
        assertThat(task).hasCandidateGroup(group);
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        identity.setAuthentication(user, List.of(group));
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    void issue(ProcessInstance instance, double metalGrams) {
        complete(instance, TASK_ISSUE, "karigar", "karigar-desk", VAR_ISSUED_METAL_GRAMS, metalGrams,
                "materialsHandedOver", true);
    }

    void receive(ProcessInstance instance, double gross, double net, boolean samplesBack) {
        complete(instance, TASK_RECEIVE, "karigar", "karigar-desk", VAR_GROSS_GRAMS, gross, VAR_NET_GRAMS, net,
                VAR_SAMPLES_RETURNED, samplesBack, VAR_CUSTOMER_STONES_RETURNED, 0L);
    }

    void passQuality(ProcessInstance instance) {
        complete(instance, TASK_CHECK_QUALITY, "karigar", "karigar-desk", VAR_QUALITY_PASSED, true);
    }

    /** Tag, send to the branch, receive at the counter: the piece is ready and the customer told. */
    void tagSendAndReceive(ProcessInstance instance) {
        complete(instance, TASK_DISPATCH, "karigar", "karigar-desk", "tagAttached", true);
        complete(instance, TASK_RECEIVE_AT_COUNTER, "biller", "biller", "pieceReceived", true);
    }

    void handOver(ProcessInstance instance) {
        complete(instance, TASK_HAND_OVER, "biller", "biller", "handedOver", true);
    }

    void rate(LocalDate date, String rupeesPerGram) {
        service.setRate(date, Metal.GOLD, "22K", new BigDecimal(rupeesPerGram), JewelryFixtures.MANAGER);
    }

    /** The timer job of a process at this activity. */
    Job timer(ProcessInstance instance, String activityId) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
                .singleResult();
    }

    /** Runs the timer at this activity, checking first that it is due by the engine clock (not before). */
    void fire(ProcessInstance instance, String activityId) {
        Job job = timer(instance, activityId);
        assertTrue(management.createJobQuery().processInstanceId(instance.getId()).executable().list().stream()
                .anyMatch(j -> j.getId().equals(job.getId())), activityId + " is not due at " + ClockUtil.getCurrentTime());
        management.executeJob(job.getId());
    }

    static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(SHOP).toInstant();
    }

    List<NotificationView> sent(String reference, NotificationEvent event) {
        return messages.of(reference).stream().filter(m -> m.event() == event).toList();
    }
}
