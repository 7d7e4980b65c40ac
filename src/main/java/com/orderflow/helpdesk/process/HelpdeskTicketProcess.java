package com.orderflow.helpdesk.process;

/** Names shared by helpdesk-ticket.bpmn, its adapters and its tests. */
public final class HelpdeskTicketProcess {
    public static final String KEY = "helpdesk-ticket";
    public static final String VAR_TICKET_ID = "ticketId";
    /** For the forms' link to the ticket page only; the adapters go by the id. */
    public static final String VAR_TICKET_NUMBER = "ticketNumber";
    public static final String END_ESCALATION_HANDLED = "EndEvent_EscalationHandled";

    /** The customer wrote again (an e-mail to the ticket). */
    public static final String MESSAGE_CUSTOMER_WROTE = "CustomerWroteAgain";
    /** Staff closed a ticket that was waiting for the customer. */
    public static final String MESSAGE_CLOSED_BY_STAFF = "TicketClosedByStaff";

    public static final String TASK_ANSWER = "UserTask_AnswerTicket";
    public static final String BOUNDARY_ANSWER_OVERDUE = "BoundaryEvent_AnswerOverdue";
    public static final String TASK_ESCALATED = "UserTask_EscalatedTicket";
    public static final String EVENT_CUSTOMER_WROTE = "MessageEvent_CustomerWrote";
    public static final String EVENT_CLOSED_BY_STAFF = "MessageEvent_ClosedByStaff";
    public static final String TIMER_QUIET = "TimerEvent_CustomerQuiet";
    public static final String SERVICE_CLOSE_QUIET = "ServiceTask_CloseQuietTicket";
    public static final String END_CLOSED = "EndEvent_TicketClosed";
    public static final String END_CLOSED_QUIETLY = "EndEvent_TicketClosedQuietly";
    public static final String END_CLOSED_BY_STAFF = "EndEvent_ClosedByStaff";

    public static final String FIELD_REPLY = "reply";
    public static final String FIELD_CLOSE = "closeTicket";
    public static final String FIELD_ESCALATION_NOTE = "escalationNote";

    private HelpdeskTicketProcess() {
    }
}
