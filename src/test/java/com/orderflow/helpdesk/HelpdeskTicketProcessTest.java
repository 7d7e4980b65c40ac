package com.orderflow.helpdesk;

import static com.orderflow.helpdesk.process.HelpdeskTicketProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.platform.Roles;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Every path of helpdesk-ticket.bpmn: answered and closed; answered, the customer writes again and
 * is answered again; quiet and closed by itself; closed by staff while waiting; not answered in time
 * and escalated to the manager. And the public service other modules use: a customer's tickets and
 * his own follow-up.
 */
@OrderflowSpringTest
class HelpdeskTicketProcessTest {
    private static final CurrentUser CARE = new CurrentUser("care", Set.of(Roles.CUSTOMER_CARE));

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HelpDesk helpDesk;

    String email;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        email = "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private TicketView open(String body) {
        return helpDesk.open(new NewTicket(TicketSource.TRACKING_PAGE, "Where is my AC?", body, null, "Sita Joshi",
                email, null, null));
    }

    private ProcessInstance processOf(TicketView ticket) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(ticket.number()).singleResult();
        assertNotNull(instance, "a ticket process for " + ticket.number());
        return instance;
    }

    private void answer(ProcessInstance instance, String reply, boolean close) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_ANSWER)
                .singleResult();
        tasks.claim(task.getId(), "care");
        tasks.complete(task.getId(), Map.of(FIELD_REPLY, reply, FIELD_CLOSE, close));
    }

    /** The help desk's refusal the engine wrapped (Tasklist shows its message). */
    private static InvalidInputException refusal(ProcessEngineException wrapped) {
        for (Throwable cause = wrapped; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refused) {
                return refused;
            }
        }
        throw new AssertionError("not refused by the help desk", wrapped);
    }

    private void fire(ProcessInstance instance, String activityId) {
        Job job = management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
        assertNotNull(job, "a timer at " + activityId);
        management.executeJob(job.getId());
    }

    @Test
    void anAnswerThatClosesTheTicketIsKeptForMailingAndEndsTheProcess() {
        TicketView ticket = open("It was promised for Monday.");
        assertTrue(ticket.number().matches("HD-\\d{4}-\\d{6}"), ticket.number());
        ProcessInstance instance = processOf(ticket);
        assertThat(instance).isWaitingAt(TASK_ANSWER);
        assertThat(instance).task().hasCandidateGroup(Roles.CUSTOMER_CARE);

        answer(instance, "It reaches you tomorrow, AWB 123.", true);

        assertThat(instance).hasPassed(END_CLOSED).isEnded();
        TicketView closed = helpDesk.get(ticket.number(), CARE);
        assertEquals("CLOSED", closed.state());
        assertEquals("care", closed.closedBy());
        TicketView.Message sent = closed.messages().get(1);
        assertEquals("OUT", sent.direction());
        assertEquals("PENDING", sent.mailState(), "the answer waits for the mail pass");
    }

    @Test
    void anEmptyAnswerThatDoesNotCloseIsRefusedAndTheTaskStays() {
        ProcessInstance instance = processOf(open("Hello?"));
        InvalidInputException refused = refusal(assertThrows(ProcessEngineException.class,
                () -> answer(instance, "  ", false)));
        assertEquals(FIELD_REPLY, refused.problems().get(0).field());
        assertThat(instance).isWaitingAt(TASK_ANSWER);
    }

    @Test
    void theCustomerWritingAgainBringsTheTicketBackToCustomerCare() {
        TicketView ticket = open("Is it shipped?");
        ProcessInstance instance = processOf(ticket);
        answer(instance, "Yes, it left today.", false);
        assertEquals(1, runtime.createEventSubscriptionQuery().processInstanceId(instance.getId())
                .eventName(MESSAGE_CUSTOMER_WROTE).count(), "waits for the customer");

        helpDesk.customerWrote(ticket.number(), "But the tracking shows nothing.", email.toUpperCase(), null);

        assertThat(instance).hasPassed(EVENT_CUSTOMER_WROTE).isWaitingAt(TASK_ANSWER);
        helpDesk.reply(ticket.number(), "The courier's scan came in now.", true, CARE);
        assertThat(instance).hasPassed(END_CLOSED).isEnded();
        assertEquals(4, helpDesk.get(ticket.number(), CARE).messages().size());
    }

    @Test
    void aTicketWaitingForAQuietCustomerClosesByItself() {
        TicketView ticket = open("When is the installation?");
        ProcessInstance instance = processOf(ticket);
        answer(instance, "Thursday 10-12; reply if that does not suit you.", false);

        fire(instance, TIMER_QUIET);

        assertThat(instance).hasPassed(SERVICE_CLOSE_QUIET, END_CLOSED_QUIETLY).isEnded();
        TicketView closed = helpDesk.get(ticket.number(), CARE);
        assertEquals("CLOSED", closed.state());
        assertEquals("system", closed.closedBy());
    }

    @Test
    void staffMayCloseATicketThatWaitsForTheCustomer() {
        TicketView ticket = open("Please call me.");
        ProcessInstance instance = processOf(ticket);
        answer(instance, "We called you.", false);

        helpDesk.reply(ticket.number(), "Closing as we spoke on the phone.", true, CARE);

        assertThat(instance).hasPassed(EVENT_CLOSED_BY_STAFF, END_CLOSED_BY_STAFF).isEnded();
        assertEquals("CLOSED", helpDesk.get(ticket.number(), CARE).state());
        assertThrows(ConflictException.class,
                () -> helpDesk.customerWrote(ticket.number(), "One more thing", email, null),
                "a closed ticket takes no more messages");
    }

    @Test
    void aTicketNotAnsweredInTimeGoesToTheManagerToo() {
        TicketView ticket = open("Nobody answers!");
        ProcessInstance instance = processOf(ticket);

        fire(instance, BOUNDARY_ANSWER_OVERDUE);

        assertThat(instance).isWaitingAt(TASK_ANSWER, TASK_ESCALATED);
        assertEquals("ESCALATED", helpDesk.get(ticket.number(), CARE).state());
        Task escalated = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_ESCALATED).singleResult();
        assertEquals(1, tasks.getIdentityLinksForTask(escalated.getId()).stream()
                .filter(l -> Roles.ORDER_MANAGER.equals(l.getGroupId())).count());
        assertEquals(FIELD_ESCALATION_NOTE, refusal(assertThrows(ProcessEngineException.class,
                () -> tasks.complete(escalated.getId(), Map.of(FIELD_ESCALATION_NOTE, ""))))
                .problems().get(0).field());
        tasks.complete(escalated.getId(), Map.of(FIELD_ESCALATION_NOTE, "Called Customer Care; answered now."));
        assertThat(instance).hasPassed(END_ESCALATION_HANDLED).isWaitingAt(TASK_ANSWER);

        answer(instance, "Sorry for the wait: it is delivered tomorrow.", true);
        assertThat(instance).isEnded();
        TicketView done = helpDesk.get(ticket.number(), CARE);
        assertTrue(done.messages().stream().anyMatch(m -> "NOTE".equals(m.direction())), "the manager's note is kept");
        assertTrue(done.forCustomer().messages().stream().noneMatch(m -> "NOTE".equals(m.direction())),
                "the customer never sees it");
    }

    @Test
    void aCustomerSeesHisOwnTicketsOnlyAndMayAddOnlyToThem() {
        TicketView mine = open("First question");
        TicketView second = helpDesk.open(new NewTicket(TicketSource.WARRANTY_CLAIM, "AC not cooling", "Claim", null,
                "Sita Joshi", null, "+919800000001" + email.length(), null));
        assertEquals(1, helpDesk.ticketsOfCustomer(email, null).size());
        assertEquals(mine.number(), helpDesk.ticketsOfCustomer(" " + email.toUpperCase() + " ", null).get(0).number());
        assertEquals(2, helpDesk.ticketsOfCustomer(email, second.customerPhone()).size());
        assertEquals(second.number(), helpDesk.ticketsOfCustomer(email, second.customerPhone()).get(0).number(),
                "newest first");
        assertTrue(helpDesk.ticketsOfCustomer(null, null).isEmpty());

        assertThrows(NotFoundException.class,
                () -> helpDesk.customerWrote(mine.number(), "Let me in", "someone-else@example.com", null));
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> helpDesk.customerWrote(mine.number(), " ", email, null));
        assertEquals("message", empty.problems().get(0).field());
        InvalidInputException noWayToAnswer = assertThrows(InvalidInputException.class, () -> helpDesk.open(
                new NewTicket(TicketSource.STAFF, "x", "words", null, "Anon", " ", null, "care")));
        assertEquals("customer", noWayToAnswer.problems().get(0).field());
    }
}
