package com.orderflow.helpdesk.process;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.platform.tasklist.TaskSubject;
import com.orderflow.platform.tasklist.TaskSubjects;
import com.orderflow.platform.tasklist.TaskTexts;

/**
 * Names a ticket's tasks by the ticket: "Answer the customer HD-2026-000012 · TO-2026-000031 · Where is
 * my AC?", due when the answer is due; an escalation comes first.
 */
@Component
class HelpdeskTaskSubjects implements TaskSubjects {
    static final int ESCALATED_PRIORITY = 90;

    private final HelpDesk helpDesk;

    HelpdeskTaskSubjects(HelpDesk helpDesk) {
        this.helpDesk = helpDesk;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(HelpdeskTicketProcess.KEY);
    }

    @Override
    public Optional<TaskSubject> subjectOf(DelegateTask task) {
        Object id = task.getExecution().getVariable(HelpdeskTicketProcess.VAR_TICKET_ID);
        if (!(id instanceof Number number)) {
            return Optional.empty();
        }
        return helpDesk.find(number.longValue()).map(ticket -> {
            TaskSubject subject = TaskSubject.of(TaskTexts.joined(ticket.number(), ticket.orderNumber(), ticket.subject()))
                    .describedAs(ticket.messages().isEmpty() ? null
                            : ticket.messages().get(ticket.messages().size() - 1).body())
                    .dueBy(ticket.answerDueAt());
            return HelpdeskTicketProcess.TASK_ESCALATED.equals(task.getTaskDefinitionKey())
                    ? subject.withPriority(ESCALATED_PRIORITY) : subject;
        });
    }
}
