package com.orderflow.helpdesk.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.helpdesk.TicketProgress;
import com.orderflow.platform.EngineActor;
import com.orderflow.platform.engine.ProcessBean;

/**
 * The ticket diagram's adapters, each a thin call into the help desk by the ticket's id (set by the
 * help desk when it started the process): {@code ${helpdeskTicket.closed(execution)}} and the rest; the
 * task listeners call them through {@link HelpdeskTaskListener}.
 * Gateways and timers ask the domain, never variables a user could have written.
 */
@ProcessBean
@Component("helpdeskTicket")
public class HelpdeskAdapters {
    private final TicketProgress progress;
    private final EngineActor actor;

    HelpdeskAdapters(TicketProgress progress, EngineActor actor) {
        this.progress = progress;
        this.actor = actor;
    }

    /** Answer task completed: its form's reply and close. */
    public void answered(DelegateTask task) {
        progress.answered(ticketId(task.getExecution()), task.getVariable(HelpdeskTicketProcess.FIELD_REPLY),
                task.getVariable(HelpdeskTicketProcess.FIELD_CLOSE), who(task));
    }

    public boolean closed(DelegateExecution execution) {
        return progress.closed(ticketId(execution));
    }

    public void escalate(DelegateTask task) {
        progress.escalate(ticketId(task.getExecution()));
    }

    public void escalationHandled(DelegateTask task) {
        progress.escalationHandled(ticketId(task.getExecution()),
                task.getVariable(HelpdeskTicketProcess.FIELD_ESCALATION_NOTE), who(task));
    }

    public void closeQuietly(DelegateExecution execution) {
        progress.closeQuietly(ticketId(execution));
    }

    /** The SLA timer: when the answer is due (the last time the customer wrote, plus the SLA). */
    public Date answerDue(DelegateExecution execution) {
        return progress.answerDue(ticketId(execution));
    }

    private String who(DelegateTask task) {
        return task.getAssignee() != null ? task.getAssignee() : actor.current();
    }

    static long ticketId(DelegateExecution execution) {
        return ((Number) execution.getVariable(HelpdeskTicketProcess.VAR_TICKET_ID)).longValue();
    }
}
