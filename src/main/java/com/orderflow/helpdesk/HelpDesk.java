package com.orderflow.helpdesk;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.helpdesk.process.HelpdeskTicketProcess;
import com.orderflow.platform.EngineActor;
import com.orderflow.platform.NumberSeries;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * The help desk (E4, E5, F10): tickets from customers' e-mails, the tracking page, warranty claims
 * and staff, each worked by helpdesk-ticket.bpmn (answer within the SLA or the manager hears of it;
 * a ticket waiting for the customer closes itself after a quiet while). An answer is a message kept
 * with the ticket and mailed to the customer afterwards ({@link ReplySender}).
 * <p>
 * The public API for other modules (the customers' portal, the tracking page, warranty claims):
 * {@link #open} a ticket for a customer (and an order), {@link #ticketsOfCustomer} and
 * {@link #ticketsOf} an order to list them, {@link #customerWrote} when the customer adds to his
 * ticket, and {@link TicketView#forCustomer()} to show one without the staff's notes. Staff answer
 * with {@link #reply}. A customer's message may carry one photo ({@link #open(NewTicket, byte[])},
 * {@link #customerWrote(String, String, String, String, byte[])}), shown to staff ({@link #photo}) and
 * to that customer ({@link #customerPhoto}).
 */
@Service
public class HelpDesk {
    static final Pattern TICKET_NUMBER = Pattern.compile("\\b([A-Z]{1,4}-\\d{4}-\\d{6})\\b");
    private static final int MAX_SUBJECT = 200;

    private final Tickets tickets;
    private final TicketMessages messages;
    private final List<OrderReferences> orders;
    private final HelpdeskSettings settings;
    private final NumberSeries series;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineActor engine;
    private final AuditLog audit;
    private final ShopClock clock;
    private final TicketProgress progress;
    private final TicketPhotos photos;
    private final PhotoCheck photoCheck;

    HelpDesk(Tickets tickets, TicketMessages messages, List<OrderReferences> orders, HelpdeskSettings settings,
            JdbcTemplate jdbc, RuntimeService runtime, TaskService tasks, EngineActor engine, AuditLog audit,
            ShopClock clock, TicketProgress progress, TicketPhotos photos, PhotoCheck photoCheck) {
        this.tickets = tickets;
        this.messages = messages;
        this.orders = List.copyOf(orders);
        this.settings = settings;
        this.series = new NumberSeries(jdbc, "helpdesk_number_series");
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
        this.progress = progress;
        this.photos = photos;
        this.photoCheck = photoCheck;
    }

    /**
     * Opens a ticket and its process, in the caller's transaction.
     *
     * @throws InvalidInputException when it has no words, or no way to answer the customer
     */
    @Transactional
    public TicketView open(NewTicket request) {
        return open(request, null, null);
    }

    /**
     * Opens a ticket whose first message carries the customer's photo (null or empty: none).
     *
     * @throws InvalidInputException naming {@code photo} when it is too big or no readable JPEG, PNG or WebP
     *         picture (checked before anything is saved), or as {@link #open(NewTicket)}
     */
    @Transactional
    public TicketView open(NewTicket request, byte[] photo) {
        return open(request, null, photoCheck.check(photo));
    }

    private TicketView open(NewTicket request, String mailMessageId, PhotoCheck.Checked photo) {
        String body = request.body() == null ? "" : request.body().strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("message", "must say what the customer needs");
        }
        if (body.length() > TicketMessage.MAX_BODY) {
            throw new InvalidInputException("message", "must be at most " + TicketMessage.MAX_BODY + " characters");
        }
        boolean noEmail = request.customerEmail() == null || request.customerEmail().isBlank();
        boolean noPhone = request.customerPhone() == null || request.customerPhone().isBlank();
        if (noEmail && noPhone) {
            throw new InvalidInputException("customer", "needs an e-mail address or a phone number to be answered");
        }
        String subject = request.subject() == null || request.subject().isBlank() ? "(no subject)"
                : request.subject().strip();
        Optional<OrderReferences.OrderContact> order = request.orderNumber() == null ? Optional.empty()
                : find(r -> r.order(request.orderNumber().strip().toUpperCase(Locale.ROOT)));
        int year = clock.today().getYear();
        String number = String.format("%s-%d-%06d", settings.getNumberPrefix(), year,
                series.next(settings.getNumberPrefix(), year));
        Instant now = clock.now();
        Ticket ticket = tickets.saveAndFlush(new Ticket(number, request.source(), cut(subject, MAX_SUBJECT),
                order.map(OrderReferences.OrderContact::number).orElse(null),
                firstNonBlank(request.customerName(), order.map(OrderReferences.OrderContact::customerName).orElse(null)),
                normalEmail(request.customerEmail()), normalPhone(request.customerPhone()), now.plus(settings.getAnswerWithin()), now));
        TicketMessage first = messages.saveAndFlush(new TicketMessage(ticket.id(), TicketMessage.IN, author(request),
                body, mailMessageId, null, now));
        keep(first, photo);
        audit.record(author(request), "TICKET_OPENED", ticket.orderNumber(), number + " (" + request.source() + "): "
                + ticket.subject());
        runtime.startProcessInstanceByKey(HelpdeskTicketProcess.KEY, number,
                Map.of(HelpdeskTicketProcess.VAR_TICKET_ID, ticket.id(), HelpdeskTicketProcess.VAR_TICKET_NUMBER, number));
        return view(ticket);
    }

    /**
     * A customer's e-mail: to its ticket when the subject names one that is open (the customer
     * answered), else a new ticket linked to the order its subject names or the sender's newest
     * order. The same mail twice is taken once.
     *
     * @return the ticket's number, or empty for a mail already taken
     */
    @Transactional
    public Optional<String> receiveMail(InboundMail mail) {
        if (messages.existsByMailMessageId(mail.messageId())) {
            return Optional.empty();
        }
        String subject = mail.subject() == null ? "" : mail.subject();
        String text = mail.text() == null || mail.text().isBlank() ? "(empty message)" : mail.text().strip();
        Matcher named = TICKET_NUMBER.matcher(subject.toUpperCase(Locale.ROOT));
        while (named.find()) {
            Optional<Ticket> existing = tickets.findByNumber(named.group(1)).filter(t -> t.state() != Ticket.State.CLOSED);
            if (existing.isPresent()) {
                addCustomerMessage(existing.get(), mail.fromAddress(), text, mail.messageId(), null);
                return Optional.of(existing.get().number());
            }
        }
        Optional<OrderReferences.OrderContact> order = find(r -> r.orderNamedIn(subject));
        if (order.isEmpty() && mail.fromAddress() != null) {
            order = find(r -> r.latestOrderOf(mail.fromAddress().strip().toLowerCase(Locale.ROOT)));
        }
        TicketView opened = open(new NewTicket(TicketSource.EMAIL, subject, text,
                order.map(OrderReferences.OrderContact::number).orElse(null), mail.fromName(), mail.fromAddress(), null,
                mail.fromAddress()), mail.messageId(), null);
        return Optional.of(opened.number());
    }

    /**
     * The customer adds to his own ticket (from the customers' portal or the tracking page): the
     * ticket is due again and goes back to Customer Care if it was waiting for him. The ticket must
     * be his: its e-mail address or its phone number is the one given.
     *
     * @throws NotFoundException when there is no such ticket of this customer
     * @throws InvalidInputException when the message is empty or too long
     * @throws com.orderflow.platform.web.ConflictException when the ticket is closed
     */
    @Transactional
    public TicketView customerWrote(String ticketNumber, String body, String customerEmail, String customerPhone) {
        return customerWrote(ticketNumber, body, customerEmail, customerPhone, null);
    }

    /**
     * As {@link #customerWrote(String, String, String, String)}, the message carrying the customer's
     * photo (null or empty: none).
     *
     * @throws InvalidInputException naming {@code photo} when it is too big or no readable picture; nothing is saved
     */
    @Transactional
    public TicketView customerWrote(String ticketNumber, String body, String customerEmail, String customerPhone,
            byte[] photo) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("message", "must say what the customer needs");
        }
        if (text.length() > TicketMessage.MAX_BODY) {
            throw new InvalidInputException("message", "must be at most " + TicketMessage.MAX_BODY + " characters");
        }
        PhotoCheck.Checked checked = photoCheck.check(photo);
        Ticket ticket = customersTicket(ticketNumber, customerEmail, customerPhone);
        addCustomerMessage(ticket, firstNonBlank(customerEmail, customerPhone), text, null, checked);
        return view(ticket);
    }

    /**
     * A photo of the customer's own ticket, for their page.
     *
     * @throws NotFoundException when the ticket is not this customer's or the photo not the ticket's
     */
    @Transactional(readOnly = true)
    public TicketPhotoFile customerPhoto(String ticketNumber, long photoId, String customerEmail, String customerPhone) {
        Ticket ticket = customersTicket(ticketNumber, customerEmail, customerPhone);
        return photos.findById(photoId).filter(p -> p.ticketId() == ticket.id())
                .map(p -> new TicketPhotoFile(p.contentType(), p.bytes()))
                .orElseThrow(() -> new NotFoundException("No photo " + photoId + " on ticket " + ticketNumber));
    }

    /** A photo of any ticket, for staff who work tickets. */
    @Transactional(readOnly = true)
    public TicketPhotoFile photo(long photoId, CurrentUser user) {
        HelpdeskAccess.checkWork(user);
        return photos.findById(photoId).map(p -> new TicketPhotoFile(p.contentType(), p.bytes()))
                .orElseThrow(() -> new NotFoundException("No photo " + photoId));
    }

    private Ticket customersTicket(String ticketNumber, String customerEmail, String customerPhone) {
        Ticket ticket = load(ticketNumber);
        if (!ticket.belongsTo(normalEmail(customerEmail), normalPhone(customerPhone))) {
            throw new NotFoundException("No ticket " + ticketNumber + " of this customer");
        }
        return ticket;
    }

    private void keep(TicketMessage message, PhotoCheck.Checked photo) {
        if (photo != null) {
            photos.saveAndFlush(new TicketPhoto(message.ticketId(), message.id(), photo, message.at()));
        }
    }

    /**
     * A customer's tickets, newest first: those with his e-mail address or his phone number (either
     * may be null). For his own pages: show them with {@link TicketView#forCustomer()}.
     */
    @Transactional(readOnly = true)
    public List<TicketView> ticketsOfCustomer(String customerEmail, String customerPhone) {
        String email = normalEmail(customerEmail);
        String phone = normalPhone(customerPhone);
        if (email == null && phone == null) {
            return List.of();
        }
        // a missing one never matches: "" is no ticket's address (both are kept null or non-blank)
        return tickets.ofCustomer(email == null ? "" : email, phone == null ? "" : phone).stream().map(this::view)
                .toList();
    }

    private void addCustomerMessage(Ticket ticket, String author, String text, String mailMessageId,
            PhotoCheck.Checked photo) {
        ticket.customerWrote(clock.now().plus(settings.getAnswerWithin()));
        keep(messages.saveAndFlush(new TicketMessage(ticket.id(), TicketMessage.IN, author == null ? "customer" : author,
                text, mailMessageId, null, clock.now())), photo);
        audit.record(author == null ? "customer" : author, "TICKET_CUSTOMER_WROTE", ticket.orderNumber(),
                ticket.number());
        runtime.createMessageCorrelation(HelpdeskTicketProcess.MESSAGE_CUSTOMER_WROTE)
                .processInstanceBusinessKey(ticket.number()).correlateAll();
    }

    private static String normalEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalPhone(String phone) {
        return phone == null || phone.isBlank() ? null : phone.strip();
    }

    /**
     * Staff open a ticket (a phone call, the counter) in their name.
     */
    @Transactional
    public TicketView openByStaff(NewTicket request, CurrentUser user) {
        HelpdeskAccess.checkWork(user);
        return open(new NewTicket(TicketSource.STAFF, request.subject(), request.body(), request.orderNumber(),
                request.customerName(), request.customerEmail(), request.customerPhone(), user.id()));
    }


    /**
     * Staff answer a ticket from its page: the open answer task completes in their name; a ticket
     * waiting for the customer gets the answer as a follow-up (and closes if asked).
     */
    @Transactional
    public TicketView reply(String number, String reply, boolean close, CurrentUser user) {
        HelpdeskAccess.checkWork(user);
        Ticket ticket = load(number);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(ticket.number())
                .taskDefinitionKey(HelpdeskTicketProcess.TASK_ANSWER).singleResult();
        if (task != null) {
            try {
                engine.as(user.id(), () -> tasks.complete(task.getId(), Map.of(HelpdeskTicketProcess.FIELD_REPLY,
                        reply == null ? "" : reply, HelpdeskTicketProcess.FIELD_CLOSE, close)));
            } catch (RuntimeException e) {
                throw ours(e);
            }
        } else {
            progress.answered(ticket.id(), reply, close, user.id());
            if (close) {
                runtime.createMessageCorrelation(HelpdeskTicketProcess.MESSAGE_CLOSED_BY_STAFF)
                        .processInstanceBusinessKey(ticket.number()).correlateAll();
            }
        }
        return view(load(number));
    }

    /** Open tickets most urgent first, or the newest of all. */
    @Transactional(readOnly = true)
    public List<TicketView> list(boolean openOnly, CurrentUser user) {
        HelpdeskAccess.checkWork(user);
        List<Ticket> found = openOnly
                ? tickets.findByStateInOrderByAnswerDueAtAsc(EnumSet.of(Ticket.State.OPEN, Ticket.State.ESCALATED),
                        PageRequest.of(0, 200))
                : tickets.findAllByOrderByIdDesc(PageRequest.of(0, 200));
        return found.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public TicketView get(String number, CurrentUser user) {
        HelpdeskAccess.checkWork(user);
        return view(load(number));
    }

    /** A ticket for the engine's adapters (task names), without a user; empty when unknown. */
    @Transactional(readOnly = true)
    public Optional<TicketView> find(long ticketId) {
        return tickets.findById(ticketId).map(this::view);
    }

    /** The tickets about an order (any module's), oldest first, for its page. */
    @Transactional(readOnly = true)
    public List<TicketView> ticketsOf(String orderNumber) {
        return tickets.findByOrderNumberOrderByIdAsc(orderNumber).stream().map(this::view).toList();
    }

    /** The help desk's own refusal inside the engine's wrapping (a task listener's), so that the user reads it. */
    private static RuntimeException ours(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException) {
                return (RuntimeException) cause;
            }
        }
        return e;
    }

    private Ticket load(String number) {
        return tickets.findByNumber(number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No ticket " + number));
    }

    private Optional<OrderReferences.OrderContact> find(
            java.util.function.Function<OrderReferences, Optional<OrderReferences.OrderContact>> question) {
        return orders.stream().map(question).flatMap(Optional::stream).findFirst();
    }

    TicketView view(Ticket t) {
        Map<Long, Long> photoOf = photos.refsOf(t.id()).stream()
                .collect(java.util.stream.Collectors.toMap(TicketPhotos.Ref::getMessageId, TicketPhotos.Ref::getId));
        return new TicketView(t.number(), t.source(), t.subject(), t.orderNumber(), t.customerName(), t.customerEmail(),
                t.customerPhone(), t.state().name(), t.answerDueAt(), t.escalatedAt(), t.createdAt(), t.closedAt(),
                t.closedBy(), messages.findByTicketIdOrderByIdAsc(t.id()).stream().map(m ->
                        new TicketView.Message(m.direction(), m.author(), m.body(), m.at(), m.mailState(),
                                photoOf.get(m.id()))).toList());
    }

    private static String author(NewTicket request) {
        return firstNonBlank(request.author(), firstNonBlank(request.customerEmail(), "customer"));
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first.strip() : second;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
