package com.orderflow.helpdesk;

import java.util.Date;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.helpdesk.process.HelpdeskTicketProcess;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;

/**
 * A ticket's way through helpdesk-ticket.bpmn, as its adapters call it by the ticket's id: the
 * answer kept (and mailed afterwards by {@link ReplySender}), the escalation and the manager's
 * note, the quiet close, and when the answer is due. {@link HelpDesk} is the service for people
 * and other modules.
 */
@Service
public class TicketProgress {
    private final Tickets tickets;
    private final TicketMessages messages;
    private final AuditLog audit;
    private final ShopClock clock;
    private final ApplicationEventPublisher events;

    TicketProgress(Tickets tickets, TicketMessages messages, AuditLog audit, ShopClock clock,
            ApplicationEventPublisher events) {
        this.tickets = tickets;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The answer task completed (Tasklist or the ticket page): the answer is kept and mailed (and
     * published as {@link TicketAnswered} when the customer has a phone), and the
     * ticket closes if asked. Closing without an answer is allowed; answering nothing and not closing is not.
     */
    @Transactional
    public void answered(long ticketId, Object reply, Object close, String actor) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow();
        String text = reply == null ? "" : reply.toString().strip();
        boolean closing = Boolean.TRUE.equals(close);
        if (text.isEmpty() && !closing) {
            throw new InvalidInputException(HelpdeskTicketProcess.FIELD_REPLY, "must be written, or tick close");
        }
        if (text.length() > TicketMessage.MAX_BODY) {
            throw new InvalidInputException(HelpdeskTicketProcess.FIELD_REPLY, "must be at most "
                    + TicketMessage.MAX_BODY + " characters");
        }
        if (!text.isEmpty()) {
            messages.saveAndFlush(new TicketMessage(ticketId, TicketMessage.OUT, actor, text, null,
                    ticket.customerEmail() == null ? TicketMessage.NO_ADDRESS : TicketMessage.PENDING, clock.now()));
            if (ticket.customerPhone() != null) {
                events.publishEvent(new TicketAnswered(ticket.number(), ticket.orderNumber(), ticket.customerPhone(), text));
            }
        }
        if (closing) {
            ticket.close(actor, clock.now());
        }
        audit.record(actor, closing ? "TICKET_ANSWERED_AND_CLOSED" : "TICKET_ANSWERED", ticket.orderNumber(),
                ticket.number());
    }

    /** For the process: whether the ticket is closed now. */
    @Transactional(readOnly = true)
    public boolean closed(long ticketId) {
        return tickets.findById(ticketId).map(t -> t.state() == Ticket.State.CLOSED).orElse(true);
    }

    /** The answer is overdue: the ticket is escalated to the manager. */
    @Transactional
    public void escalate(long ticketId) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow();
        ticket.escalate(clock.now());
        audit.record("system", "TICKET_ESCALATED", ticket.orderNumber(), ticket.number() + " not answered by "
                + ticket.answerDueAt());
    }

    /** The manager's note on an escalated ticket (kept with it, never mailed). */
    @Transactional
    public void escalationHandled(long ticketId, Object note, String actor) {
        String text = note == null ? "" : note.toString().strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw new InvalidInputException(HelpdeskTicketProcess.FIELD_ESCALATION_NOTE,
                    "must say what was done, at most 1000 characters");
        }
        messages.saveAndFlush(new TicketMessage(ticketId, TicketMessage.NOTE, actor, text, null, null, clock.now()));
    }

    /** The customer said nothing more for a while: the ticket closes. */
    @Transactional
    public void closeQuietly(long ticketId) {
        Ticket ticket = tickets.findById(ticketId).orElseThrow();
        if (ticket.state() != Ticket.State.CLOSED) {
            ticket.close("system", clock.now());
            audit.record("system", "TICKET_CLOSED_QUIETLY", ticket.orderNumber(), ticket.number());
        }
    }

    /** When the ticket's answer is due, for the SLA timer. */
    @Transactional(readOnly = true)
    public Date answerDue(long ticketId) {
        return Date.from(tickets.findById(ticketId).orElseThrow().answerDueAt());
    }
}
