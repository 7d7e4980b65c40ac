package com.orderflow.trading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.DayOfWeek;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.EngineActor;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.trading.process.TradingOrderProcess;
import com.orderflow.tracking.SignedTokens;

/**
 * Installation at the customer's home (field service; E1 1014–1015): a technician by the table, the
 * first free slot offered to the customer by a signed link (or agreed by phone), the visit on the
 * technician's phone, its end (done with checklist, photos and the customer's signature; the customer
 * not home; another day), and the manager's approval. A technician sees only his own visits.
 */
@Service
public class Installations {
    static final String SLOT_PURPOSE = "trading-slot";
    static final List<String> CHECKLIST = List.of("installed", "demoGiven", "customerTrained", "siteClean");
    private static final int DAYS_AHEAD = 30;

    private final Visits visits;
    private final TradingOrders orders;
    private final TradingProducts products;
    private final TradingUnits units;
    private final TradingFileRows fileRows;
    private final TradingFiles files;
    private final TechnicianChoice choice;
    private final Technicians technicians;
    private final SignedTokens tokens;
    private final TradingMessages messages;
    private final TradingSettings settings;
    private final TradingPermissions permissions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineActor engine;
    private final AuditLog audit;
    private final ShopClock clock;

    Installations(Visits visits, TradingOrders orders, TradingProducts products, TradingUnits units,
            TradingFileRows fileRows, TradingFiles files, TechnicianChoice choice, Technicians technicians,
            SignedTokens tokens, TradingMessages messages, TradingSettings settings, TradingPermissions permissions,
            RuntimeService runtime, TaskService tasks, EngineActor engine, AuditLog audit, ShopClock clock) {
        this.visits = visits;
        this.orders = orders;
        this.products = products;
        this.units = units;
        this.fileRows = fileRows;
        this.files = files;
        this.choice = choice;
        this.technicians = technicians;
        this.tokens = tokens;
        this.messages = messages;
        this.settings = settings;
        this.permissions = permissions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** A visit the customer ends in a signed page: the technician's phone completes it. */
    /** The items a done visit must tick, in order (the phone page's checkboxes). */
    public static List<String> checklist() {
        return CHECKLIST;
    }

    public record VisitCompletion(String outcome, List<String> checklist, String note) {
    }

    /** The slot page behind a customer's link. */
    public record SlotView(String orderNumber, String customerFirstName, String language, Instant slotStart,
            Instant slotEnd, String state, String technicianName) {
    }

    /**
     * The next visit: the technician (chosen by hand before, or by the table) and his first free slot,
     * offered to the customer with a link.
     *
     * @return false, with nothing changed, when the table names nobody for the order (the order
     *         manager chooses then); a refusal is an answer here, not an exception, so that the
     *         caller's transaction is not marked for rollback
     */
    @Transactional
    public boolean plan(long orderId) {
        TradingOrder order = orders.lock(orderId).orElseThrow();
        Optional<Visit> latest = visits.findFirstByOrderIdOrderByAttemptDesc(orderId);
        Visit visit;
        String technician;
        if (latest.isPresent() && latest.get().state() == Visit.State.CHOSEN) {
            visit = latest.get();
            technician = visit.technician();
        } else {
            TradingProduct product = installedProduct(order);
            Optional<String> chosen = choice.choose(order.city(), product.category(), product.installSkill());
            if (chosen.isEmpty()) {
                audit.record("system", "TRADING_NO_TECHNICIAN", order.number(), "nobody for " + product.installSkill()
                        + " in " + order.city());
                return false;
            }
            technician = chosen.get();
            visit = newVisit(order, latest, technician, Visit.State.CHOSEN);
        }
        Instant start = nextFreeSlot(technician);
        visit.offer(technician, start, start.plus(slotLength(start)));
        visits.flush();
        messages.slotOffered(order, start, messages.link("slot", tokens.tokenOf(SLOT_PURPOSE, visit.tokenSeed())));
        audit.record("system", "TRADING_VISIT_OFFERED", order.number(), "visit " + visit.attempt() + " by "
                + technician + " at " + start);
        return true;
    }

    /** The order manager chose the technician in "Choose a technician". */
    @Transactional
    public void chooseTechnician(long orderId, Object technician, String actor) {
        String id = technician == null ? "" : technician.toString().strip();
        if (technicians.findById(id).filter(Technician::isActive).isEmpty()) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_TECHNICIAN, "must be an active technician's user id");
        }
        TradingOrder order = orders.lock(orderId).orElseThrow();
        newVisit(order, visits.findFirstByOrderIdOrderByAttemptDesc(orderId), id, Visit.State.CHOSEN);
        audit.record(actor, "TRADING_TECHNICIAN_CHOSEN", order.number(), id);
    }

    /** Active technicians, for the order manager's choice. */
    @Transactional(readOnly = true)
    public List<String> technicianChoices() {
        return technicians.findByActiveTrueOrderByUserIdAsc().stream().map(Technician::userId).toList();
    }

    @Transactional(readOnly = true)
    public Optional<SlotView> slotView(String token) {
        return visitOf(token).map(v -> {
            TradingOrder order = orders.findById(v.orderId()).orElseThrow();
            return new SlotView(order.number(), order.firstName(), order.language(), v.slotStart(), v.slotEnd(),
                    v.state().name(), technicians.findById(v.technician()).map(Technician::name).orElse(""));
        });
    }

    /** The customer confirmed the offered slot from the link. */
    @Transactional
    public void confirmByCustomer(String token) {
        Visit visit = visitOf(token).orElseThrow(() -> new NotFoundException("No such installation slot"));
        visit.confirm("customer", clock.now());
        visits.flush();
        tell(visit, TradingOrderProcess.MESSAGE_SLOT_CONFIRMED, "TRADING_SLOT_CONFIRMED", "confirmed by the customer");
    }

    /** The customer asked for another time from the link; Customer Care calls to agree one. */
    @Transactional
    public void declineByCustomer(String token, String note) {
        if (note != null && note.length() > 300) {
            throw new InvalidInputException("note", "must be at most 300 characters");
        }
        Visit visit = visitOf(token).orElseThrow(() -> new NotFoundException("No such installation slot"));
        visit.decline(note);
        visits.flush();
        tell(visit, TradingOrderProcess.MESSAGE_SLOT_DECLINED, "TRADING_SLOT_DECLINED",
                note == null || note.isBlank() ? "another time asked" : note.strip());
    }

    /** Customer Care agreed a day and slot by phone ("Agree a slot by phone"). */
    @Transactional
    public void agreeByPhone(long orderId, Object date, Object slot, String actor) {
        Visit visit = visits.findFirstByOrderIdOrderByAttemptDesc(orderId).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = null;
        try {
            day = LocalDate.parse(date == null ? "" : date.toString().strip());
            if (!day.isAfter(clock.today().minusDays(1)) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                problems.add(new FieldProblem(TradingOrderProcess.FIELD_SLOT_DATE, "must be today or later, not a Sunday"));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(TradingOrderProcess.FIELD_SLOT_DATE, "must be a date (yyyy-mm-dd)"));
        }
        String slotText = slot == null ? "" : slot.toString().strip();
        if (!settings.getInstallationSlots().contains(slotText)) {
            problems.add(new FieldProblem(TradingOrderProcess.FIELD_SLOT, "must be one of " + settings.getInstallationSlots()));
        }
        if (problems.isEmpty()) {
            Instant start = clock.at(day, LocalTime.parse(slotText.substring(0, 5))).toInstant();
            if (visits.busy(visit.technician(), start, TechnicianChoice.OPEN) && !start.equals(visit.slotStart())) {
                problems.add(new FieldProblem(TradingOrderProcess.FIELD_SLOT, visit.technician()
                        + " already has a visit then; choose another slot"));
            } else {
                visit.agree(start, start.plus(slotLength(start)), actor, clock.now());
                visits.flush();
                audit.record(actor, "TRADING_SLOT_AGREED", orders.findById(orderId).map(TradingOrder::number)
                        .orElse(null), "visit " + visit.attempt() + " at " + start + " with " + visit.technician());
                return;
            }
        }
        throw new InvalidInputException(problems);
    }

    /** The technician of the order's current visit, for the visit task's assignee. */
    @Transactional(readOnly = true)
    public String technicianOf(long orderId) {
        return visits.findFirstByOrderIdOrderByAttemptDesc(orderId).map(Visit::technician)
                .orElseThrow(() -> new IllegalStateException("Order " + orderId + " has no visit"));
    }

    /** The visit task was created: from now on only that task ends the visit. */
    @Transactional
    public void linkTask(long orderId, String taskId) {
        visits.findFirstByOrderIdOrderByAttemptDesc(orderId).orElseThrow().linkTask(taskId);
    }

    /**
     * The visit task completed (from the phone page or Tasklist): done needs the whole checklist, a
     * photo and the customer's signature; the customer not home, or another day, needs a note.
     */
    @Transactional
    public void visitEnded(String taskId, Map<String, Object> form, String actor) {
        Visit visit = visits.findByTaskId(taskId).orElseThrow(() -> new IllegalStateException("No visit of task " + taskId));
        Object outcome = form.get(TradingOrderProcess.FIELD_VISIT_OUTCOME);
        String note = form.get(TradingOrderProcess.FIELD_VISIT_NOTE) == null ? null
                : form.get(TradingOrderProcess.FIELD_VISIT_NOTE).toString();
        List<FieldProblem> problems = new ArrayList<>();
        if (note != null && note.length() > 500) {
            problems.add(new FieldProblem(TradingOrderProcess.FIELD_VISIT_NOTE, "must be at most 500 characters"));
        }
        Visit.State end;
        if (TradingOrderProcess.VISIT_DONE.equals(outcome)) {
            end = Visit.State.DONE;
            CHECKLIST.stream().filter(item -> !Boolean.TRUE.equals(form.get(item)))
                    .forEach(item -> problems.add(new FieldProblem(item, "must be ticked before the visit is done")));
            if (!fileRows.existsByVisitIdAndKind(visit.id(), TradingFile.Kind.VISIT_PHOTO)) {
                problems.add(new FieldProblem("photos", "a done visit needs a photo of the installed unit"));
            }
            if (!fileRows.existsByVisitIdAndKind(visit.id(), TradingFile.Kind.VISIT_SIGNATURE)) {
                problems.add(new FieldProblem("signature", "a done visit needs the customer's signature"));
            }
        } else if (TradingOrderProcess.VISIT_NO_SHOW.equals(outcome) || TradingOrderProcess.VISIT_RESCHEDULE.equals(outcome)) {
            end = TradingOrderProcess.VISIT_NO_SHOW.equals(outcome) ? Visit.State.NO_SHOW : Visit.State.RESCHEDULED;
            if (note == null || note.isBlank()) {
                problems.add(new FieldProblem(TradingOrderProcess.FIELD_VISIT_NOTE, "must say what happened"));
            }
        } else {
            throw new InvalidInputException(TradingOrderProcess.FIELD_VISIT_OUTCOME, "must be done, noShow or reschedule");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String checklist = String.join(",", CHECKLIST.stream().filter(item -> Boolean.TRUE.equals(form.get(item))).toList());
        visit.end(end, checklist, note, clock.now());
        visits.flush();
        // each code written out (not the prefix plus the state) so ActionNamesTest finds it a name
        String action = end == Visit.State.DONE ? "TRADING_VISIT_DONE"
                : end == Visit.State.NO_SHOW ? "TRADING_VISIT_NO_SHOW" : "TRADING_VISIT_RESCHEDULED";
        audit.record(actor, action, orders.findById(visit.orderId()).map(TradingOrder::number)
                .orElse(null), "visit " + visit.attempt() + (note == null ? "" : ": " + note));
    }

    /** The manager's approval of a done visit; a rejection sends a technician again and needs a note. */
    @Transactional
    public void approved(long orderId, Object approval, Object note, String actor) {
        boolean approved = TradingOrderProcess.APPROVED.equals(approval);
        String text = note == null ? null : note.toString();
        if (!approved && !TradingOrderProcess.REJECTED.equals(approval)) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_APPROVAL, "must be approved or rejected");
        }
        if (!approved && (text == null || text.isBlank())) {
            throw new InvalidInputException(TradingOrderProcess.FIELD_APPROVAL_NOTE, "must say what is to be put right");
        }
        TradingOrder order = orders.lock(orderId).orElseThrow();
        Visit visit = visits.findFirstByOrderIdOrderByAttemptDesc(orderId).orElseThrow();
        visit.approve(approved, actor, text, clock.now());
        if (approved) {
            order.markInstalled();
        }
        audit.record(actor, approved ? "TRADING_INSTALLATION_APPROVED" : "TRADING_INSTALLATION_REJECTED",
                order.number(), "visit " + visit.attempt() + (text == null ? "" : ": " + text));
    }

    /** For the process's gateway after delivery: whether any of the goods is installed by us. */
    @Transactional(readOnly = true)
    public boolean needed(long orderId) {
        TradingOrder order = orders.findById(orderId).orElseThrow();
        return order.lines().stream().anyMatch(l -> products.findById(l.productId())
                .map(TradingProduct::needsInstallation).orElse(false));
    }

    /** The day's installation slots, "10:00-13:00". */
    public List<String> slots() {
        return List.copyOf(settings.getInstallationSlots());
    }

    /** The newest visit in words, for the manager's approval form. */
    @Transactional(readOnly = true)
    public String summaryOfLastVisit(long orderId) {
        return visits.findFirstByOrderIdOrderByAttemptDesc(orderId).map(v -> {
            VisitView view = view(v);
            return "Visit " + v.attempt() + " by " + v.technician() + ": " + v.state() + "; checklist: "
                    + (v.checklist() == null || v.checklist().isBlank() ? "-" : v.checklist()) + "; photos: "
                    + view.photos() + "; customer signed: " + (view.signed() ? "yes" : "no")
                    + (v.visitNote() == null ? "" : "; note: " + v.visitNote());
        }).orElse("-");
    }

    /** For the process's gateways: whether the order's newest visit is in this state (DONE, NO_SHOW, APPROVED …). */
    @Transactional(readOnly = true)
    public boolean lastVisitIs(long orderId, String state) {
        return visits.findFirstByOrderIdOrderByAttemptDesc(orderId).map(v -> v.state().name().equals(state)).orElse(false);
    }

    // ---- the technician's phone page ----

    /** The technician's own visits that are offered or confirmed, and those he ended today. */
    @Transactional(readOnly = true)
    public List<VisitView> myVisits(CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.VISIT);
        Instant startOfDay = clock.at(clock.today(), LocalTime.MIDNIGHT).toInstant();
        return visits.findByTechnicianAndStateInOrderBySlotStartAsc(user.id(), java.util.EnumSet.of(Visit.State.OFFERED,
                Visit.State.CONFIRMED, Visit.State.DONE, Visit.State.NO_SHOW, Visit.State.RESCHEDULED,
                Visit.State.APPROVED)).stream()
                .filter(v -> v.isOpen() || v.completedAt() != null && v.completedAt().isAfter(startOfDay))
                .map(this::view).toList();
    }

    /** One visit: his own to a technician (another's is not found), any to admins and managers. */
    @Transactional(readOnly = true)
    public VisitView visit(long id, CurrentUser user) {
        return view(visible(id, user));
    }

    @Transactional
    public VisitView photo(long id, byte[] image, CurrentUser user) {
        Visit visit = workable(id, user);
        files.image(visit.orderId(), visit.id(), TradingFile.Kind.VISIT_PHOTO, image, "photo", user.id());
        return view(visit);
    }

    @Transactional
    public VisitView signature(long id, byte[] image, CurrentUser user) {
        Visit visit = workable(id, user);
        files.image(visit.orderId(), visit.id(), TradingFile.Kind.VISIT_SIGNATURE, image, "signature", user.id());
        return view(visit);
    }

    /** Ends the visit from the phone: its task completes in the technician's name (its listener checks the rest). */
    @Transactional
    public VisitView complete(long id, VisitCompletion completion, CurrentUser user) {
        Visit visit = workable(id, user);
        if (visit.taskId() == null || tasks.createTaskQuery().taskId(visit.taskId()).count() == 0) {
            throw new ConflictException("Visit " + visit.attempt() + " has no open task");
        }
        VisitCompletion given = completion == null ? new VisitCompletion(null, List.of(), null) : completion;
        Map<String, Object> form = new java.util.HashMap<>();
        form.put(TradingOrderProcess.FIELD_VISIT_OUTCOME, given.outcome());
        form.put(TradingOrderProcess.FIELD_VISIT_NOTE, given.note());
        List<String> ticked = given.checklist() == null ? List.of() : given.checklist();
        CHECKLIST.forEach(item -> form.put(item, ticked.contains(item)));
        engine.as(user.id(), () -> tasks.complete(visit.taskId(), form));
        return view(visits.findById(id).orElseThrow());
    }

    private Visit visible(long id, CurrentUser user) {
        permissions.check(user, TradingPermissions.Action.VISIT);
        Visit visit = visits.findById(id).orElseThrow(() -> new NotFoundException("No visit " + id));
        boolean seesAll = user.hasRole(Roles.ADMIN) || user.hasRole(Roles.ORDER_MANAGER);
        if (!seesAll && !user.id().equals(visit.technician())) {
            throw new NotFoundException("No visit " + id);
        }
        return visit;
    }

    private Visit workable(long id, CurrentUser user) {
        Visit visit = visible(id, user);
        if (visit.state() != Visit.State.CONFIRMED) {
            throw new ConflictException("Visit " + visit.attempt() + " is " + visit.state() + "; only a confirmed visit is worked");
        }
        return visit;
    }

    private Visit newVisit(TradingOrder order, Optional<Visit> latest, String technician, Visit.State state) {
        SignedTokens.Issued link = tokens.issue(SLOT_PURPOSE);
        latest.ifPresent(Visit::cancel);
        return visits.saveAndFlush(new Visit(order.id(), latest.map(v -> v.attempt() + 1).orElse(1), technician, state,
                link.seed(), link.hash()));
    }

    private TradingProduct installedProduct(TradingOrder order) {
        return order.lines().stream().map(l -> products.findById(l.productId()).orElseThrow())
                .filter(TradingProduct::needsInstallation).findFirst()
                .orElseThrow(() -> new IllegalStateException("Order " + order.number() + " needs no installation"));
    }

    private Instant nextFreeSlot(String technician) {
        for (int day = 1; day <= DAYS_AHEAD; day++) {
            LocalDate date = clock.today().plusDays(day);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (String slot : settings.getInstallationSlots()) {
                Instant start = clock.at(date, LocalTime.parse(slot.substring(0, 5))).toInstant();
                if (!visits.busy(technician, start, TechnicianChoice.OPEN)) {
                    return start;
                }
            }
        }
        throw new IllegalStateException(technician + " has no free slot in the next " + DAYS_AHEAD + " days");
    }

    private java.time.Duration slotLength(Instant start) {
        String slot = settings.getInstallationSlots().stream()
                .filter(s -> clock.at(LocalDate.ofInstant(start, clock.zone()), LocalTime.parse(s.substring(0, 5)))
                        .toInstant().equals(start)).findFirst().orElse(settings.getInstallationSlots().get(0));
        return java.time.Duration.between(LocalTime.parse(slot.substring(0, 5)), LocalTime.parse(slot.substring(6)));
    }

    private Optional<Visit> visitOf(String token) {
        return tokens.verifiedHash(SLOT_PURPOSE, token).flatMap(visits::findByTokenHash);
    }

    private void tell(Visit visit, String message, String action, String detail) {
        TradingOrder order = orders.findById(visit.orderId()).orElseThrow();
        audit.record("customer", action, order.number(), "visit " + visit.attempt() + ": " + detail);
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(order.number()).correlateAll();
    }

    VisitView view(Visit v) {
        TradingOrder order = orders.findById(v.orderId()).orElseThrow();
        List<TradingFile> visitFiles = fileRows.findByVisitIdOrderByIdAsc(v.id());
        return new VisitView(v.id(), order.number(), v.attempt(), v.technician(), v.state().name(), v.slotStart(),
                v.slotEnd(), order.customerName(), order.customerPhone(), order.address(), order.city(), order.pincode(),
                order.lines().stream().map(l -> l.name() + " × " + l.quantity()).toList(),
                units.findByOrderIdOrderByIdAsc(order.id()).stream().map(TradingUnit::serial).toList(), v.checklist(),
                v.visitNote(), v.customerNote(),
                (int) visitFiles.stream().filter(f -> f.kind() == TradingFile.Kind.VISIT_PHOTO).count(),
                visitFiles.stream().anyMatch(f -> f.kind() == TradingFile.Kind.VISIT_SIGNATURE), v.approvedBy(),
                v.approvalNote());
    }
}
