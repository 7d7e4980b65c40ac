package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.delivery.process.DeliveryRunProcess;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.platform.Roles;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Runs on the road (K5): taking a planned run out (which starts its delivery-run process), a run
 * of one for an order that should leave now, and completing stops with proof. A delivery boy
 * works only his own runs: another boy's run or stop is not found, as if it did not exist. Each
 * request changes everything it should or nothing: the run, its stops, the orders' processes and
 * the audit commit together.
 */
@Service
public class RunDispatch {
    static final int MIN_REASON = 3;

    private final DeliveryRuns runs;
    private final DeliveryStops stops;
    private final DeliveryProofs proofs;
    private final DeliveryService planning;
    private final OrderLifecycle orders;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineUsers engine;
    private final DoorstepCollection collection;
    private final AuditLog audit;
    private final ShopClock clock;

    RunDispatch(DeliveryRuns runs, DeliveryStops stops, DeliveryProofs proofs, DeliveryService planning,
            OrderLifecycle orders, RuntimeService runtime, TaskService tasks, EngineUsers engine,
            DoorstepCollection collection, AuditLog audit, ShopClock clock) {
        this.runs = runs;
        this.stops = stops;
        this.proofs = proofs;
        this.planning = planning;
        this.orders = orders;
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.collection = collection;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How a stop ended, as the phone page sends it: DELIVERED with what was collected at the door
     * ({@code collectedMode} CASH, UPI with its {@code upiReference}, or NONE; {@code collectedAmount}
     * in rupees, at most what is due), or RETURNED with a reason.
     */
    public record StopCompletion(String outcome, String reason, String collectedMode, BigDecimal collectedAmount,
            String upiReference) {

        /** A stop of an order with nothing due (paid at the counter), or a return. */
        public StopCompletion(String outcome, String reason) {
            this(outcome, reason, null, null, null);
        }
    }

    /**
     * Takes a planned run out: its delivery-run process starts and tells every order on it that it
     * is out for delivery with the run's boy. A dispatcher may take out any run; a delivery boy only
     * his own.
     *
     * @throws ConflictException when the run is not planned, has no stops, or an order on it is no
     *         longer ready for dispatch (nothing changes)
     */
    @Transactional
    public RunOnRoad start(long number, CurrentUser user) {
        // orders before the run, as cancellation and stop completion do (OrderLifecycle#lock)
        orders.lock(stops.findByRunIdOrderByStopNoAscIdAsc(number).stream().map(DeliveryStop::orderNumber).toList());
        DeliveryRun run = runs.findForUpdate(number).orElseThrow(() -> new NotFoundException("No delivery run " + number));
        if (!mayDispatch(user) && !isHisRun(user, run)) {
            throw new NotFoundException("No delivery run " + number);
        }
        if (!run.isPlanned()) {
            throw new ConflictException("Run " + number + " is " + run.state() + "; only a planned run can be taken out");
        }
        if (run.deliveryBoy() == null) {
            throw new InvalidInputException("deliveryBoy", "must be chosen before run " + number + " is taken out");
        }
        List<DeliveryStop> onRun = stops.findByRunIdOrderByStopNoAscIdAsc(run.number());
        if (onRun.isEmpty()) {
            throw new ConflictException("Run " + number + " has no stops to take out");
        }
        List<String> notReady = new ArrayList<>();
        for (DeliveryStop stop : onRun) {
            OrderStatus status = orders.find(stop.orderNumber()).map(OrderView::status).orElse(null);
            if (status != OrderStatus.READY_FOR_DISPATCH) {
                notReady.add(stop.orderNumber() + " is " + status);
            }
        }
        if (!notReady.isEmpty()) {
            throw new ConflictException("Run " + number + " cannot leave: " + String.join(", ", notReady)
                    + " (only orders ready for dispatch go out; move the others off the run)");
        }
        run.start(user.id(), clock.now());
        runs.flush();
        audit.record(user.id(), "DELIVERY_RUN_STARTED", null, "run " + number + ", " + run.deliveryBoy() + ", "
                + onRun.size() + " stop(s)");
        engine.as(user.id(), () -> runtime.startProcessInstanceByKey(DeliveryRunProcess.KEY,
                DeliveryRunProcess.businessKey(number), Variables.createVariables()
                        .putValue(DeliveryRunProcess.VAR_RUN_NUMBER, run.number())
                        .putValue(DeliveryRunProcess.VAR_DELIVERY_BOY, run.deliveryBoy())));
        return onRoad(run);
    }

    /**
     * An order that should leave now, alone: a run of one stop for the delivery boy (a delivery boy
     * takes out only for himself), taken out at once. An order waiting on a planned run leaves that
     * run.
     */
    @Transactional
    public RunOnRoad takeOut(String orderNumber, String deliveryBoy, CurrentUser user) {
        String boy = deliveryBoy == null || deliveryBoy.isBlank() ? user.id() : deliveryBoy.trim();
        if (!mayDispatch(user)) {
            if (!user.hasRole(Roles.DELIVERY)) {
                throw new AccessDeniedException("Your role may not take orders out for delivery");
            }
            if (!boy.equals(user.id())) {
                throw new InvalidInputException("deliveryBoy", "must be you: a delivery boy takes orders out only for himself");
            }
        }
        String number = orderNumber == null ? "" : orderNumber.trim();
        orders.lock(java.util.Collections.singletonList(number)); // before any run row, see OrderLifecycle#lock
        OrderView order = orders.find(number).orElseThrow(() -> new InvalidInputException("orderNumber",
                "must be the number of an order; there is no order '" + number + "'"));
        if (order.status() != OrderStatus.READY_FOR_DISPATCH) {
            throw new ConflictException("Order " + number + " is " + order.status()
                    + "; only an order that is ready for dispatch can go out");
        }
        long run = planning.planSingle(order, boy, user);
        return start(run, user);
    }

    /**
     * Completes a stop as the phone page sends it: its proofs must be there already (a delivery
     * needs a photo or a signature, a return a reason and a photo), and a delivery says what was
     * collected at the door (see {@link DoorstepCollection}). The collection becomes a payment in
     * billing, the stop's task completes in the name of the delivery boy, and the order hears
     * "delivered" or "returned", all in the same transaction. The same request again (a phone that
     * lost the answer) changes and records nothing and answers the run as it is.
     */
    @Transactional
    public RunOnRoad completeStop(long number, String orderNumber, StopCompletion completion, CurrentUser user) {
        orders.lock(java.util.Collections.singletonList(orderNumber));
        StopOutcome outcome = chosen(StopOutcome.parse(completion == null ? null : completion.outcome()));
        Optional<RunOnRoad> repeated = repeated(number, orderNumber, outcome, completion, user);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        DeliveryRun run = workableRunForUpdate(number, user);
        DeliveryStop stop = openStop(run, orderNumber);
        String reason = completion == null ? null : completion.reason();
        BigDecimal due = outcome == StopOutcome.DELIVERED ? collection.dueNow(orderNumber) : null;
        List<FieldProblem> problems = problems(stop, outcome, reason);
        Collected collected = collection.check(outcome, completion, due, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (collected != null) {
            collection.record(stop, due, collected, user.id());
            stops.flush();
        }
        Task task = stopTask(run, stop);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(DeliveryRunProcess.VAR_DELIVERY_OUTCOME, outcome.processValue());
        variables.put(DeliveryRunProcess.VAR_RETURN_REASON, outcome == StopOutcome.RETURNED ? reason.trim() : null);
        try {
            engine.as(user.id(), () -> {
                tasks.complete(task.getId(), variables);
                return null;
            });
        } catch (RuntimeException e) {
            throw readable(e, number, orderNumber);
        }
        return onRoad(runs.findById(number).orElseThrow());
    }

    /**
     * The runs on the road with every stop's details: a delivery boy's own, every run for
     * dispatchers. With {@code phonePage}, also the planned ones and those completed today (so the
     * boy sees how his day went).
     */
    @Transactional(readOnly = true)
    public List<RunOnRoad> runsOnRoad(CurrentUser user, boolean phonePage) {
        EnumSet<RunState> states = phonePage ? EnumSet.allOf(RunState.class) : EnumSet.of(RunState.ACTIVE);
        List<DeliveryRun> visible;
        if (user.deliversOnly()) {
            visible = runs.findByDeliveryBoyAndStateInOrderByIdAsc(user.id(), states);
        } else if (mayDispatch(user)) {
            visible = runs.findByStateInOrderByIdAsc(states);
        } else {
            throw new AccessDeniedException("Your role may not see delivery runs");
        }
        Instant startOfDay = clock.at(clock.today(), LocalTime.MIDNIGHT).toInstant();
        return visible.stream().filter(run -> run.state() != RunState.COMPLETED || run.completedAt().isAfter(startOfDay))
                .map(this::onRoad).toList();
    }

    /** One run as its boy works it; another boy's run is not found. */
    @Transactional(readOnly = true)
    public RunOnRoad runOnRoad(long number, CurrentUser user) {
        DeliveryRun run = runs.findById(number).orElseThrow(() -> new NotFoundException("No delivery run " + number));
        if (!mayDispatch(user) && !isHisRun(user, run)) {
            throw new NotFoundException("No delivery run " + number);
        }
        return onRoad(run);
    }

    // ---- for the delivery-run process's adapters (engine transaction, no user) ----

    /** The orders of a run in route order. */
    @Transactional(readOnly = true)
    public List<String> stopOrders(long number) {
        return stops.findByRunIdOrderByStopNoAscIdAsc(number).stream().map(DeliveryStop::orderNumber).toList();
    }

    /** Sends OrderOutForDelivery to every order of the run, in route order. */
    @Transactional
    public void takeOrdersOut(long number, String deliveryBoy) {
        for (String order : stopOrders(number)) {
            try {
                runtime.createMessageCorrelation(OrderFulfilmentProcess.MESSAGE_OUT_FOR_DELIVERY)
                        .processInstanceBusinessKey(order)
                        .setVariable(OrderFulfilmentProcess.VAR_DELIVERY_BOY, deliveryBoy)
                        .setVariable(OrderFulfilmentProcess.VAR_DELIVERY_RUN, number)
                        .correlateWithResult();
            } catch (MismatchingMessageCorrelationException e) {
                throw new ConflictException("Order " + order + " on run " + number
                        + " is not waiting to go out; nothing was taken out");
            }
            audit.record(deliveryBoy, "OUT_FOR_DELIVERY", order, "run " + number + " with " + deliveryBoy);
        }
    }

    /**
     * The engine created the task of an order's stop on the run: the stop remembers it, and from
     * now on only that task ends the stop (see {@link #recordOutcome}).
     */
    @Transactional
    public void linkStopTask(long number, String orderNumber, String taskId) {
        DeliveryStop stop = stops.findByRunIdAndOrderNumber(number, orderNumber).orElseThrow(
                () -> new IllegalStateException("Order " + orderNumber + " is not on run " + number));
        stop.linkTask(taskId);
        stops.flush();
    }

    /**
     * Records how a stop ended, when its task completes (from the phone page or Tasklist). The stop
     * is the one linked to the task when it was created: whoever completes a task may set its
     * variables, so the order the task's variables name is only checked against it.
     *
     * @param claimedOrder the order the stop's variables name now; it must be the stop's own
     * @return the id of the stop's newest proof; null for the stop of a cancelled order, already closed
     *         by {@link #closeCancelledStop}
     * @throws InvalidInputException when the outcome, reason or proofs are missing, or the variables
     *         name another order than the task's stop
     */
    @Transactional
    public Long recordOutcome(long number, String taskId, String claimedOrder, String outcomeValue, String reason,
            String actor) {
        // the order first, then the same run lock as the phone page's completion: one stop is never
        // completed twice at once, and a cancellation at the same moment waits instead of deadlocking
        orders.lock(java.util.Collections.singletonList(
                stops.findByTaskId(taskId).map(DeliveryStop::orderNumber).orElse(claimedOrder)));
        DeliveryRun run = runs.findForUpdate(number).orElseThrow(() -> new IllegalStateException("No delivery run " + number));
        DeliveryStop stop = stopOfTask(run, taskId, claimedOrder);
        if (!stop.orderNumber().equals(claimedOrder)) {
            throw new InvalidInputException(DeliveryRunProcess.VAR_STOP_ORDER, "must stay " + stop.orderNumber()
                    + ": this task is the stop of order " + stop.orderNumber() + " and ends no other");
        }
        String orderNumber = stop.orderNumber();
        StopOutcome outcome = StopOutcome.parse(outcomeValue);
        if (outcome == StopOutcome.CANCELLED && stop.outcome() == StopOutcome.CANCELLED) {
            return null;
        }
        if (!stop.isOpen()) {
            throw new ConflictException("The stop of order " + orderNumber + " already ended " + stop.outcome());
        }
        outcome = chosen(outcome);
        check(stop, outcome, reason);
        stop.complete(outcome, outcome == StopOutcome.RETURNED ? reason.trim() : null, actor, clock.now());
        if (outcome == StopOutcome.DELIVERED && stop.collected() == null) {
            // ended in Tasklist, which asks for no money: nothing collected, against what was due
            collection.record(stop, collection.dueNow(orderNumber), Collected.nothing(), actor);
        }
        stops.flush();
        List<DeliveryProof> taken = proofs.findByStopIdOrderByIdAsc(stop.id());
        audit.record(actor, outcome == StopOutcome.DELIVERED ? "STOP_DELIVERED" : "STOP_RETURNED", orderNumber,
                "run " + number + (outcome == StopOutcome.RETURNED ? ": " + reason.trim() : "") + ", "
                        + taken.size() + " proof(s)");
        return taken.get(taken.size() - 1).id();
    }

    /** Sends the stop's outcome to its order (OrderDelivered or OrderReturned). */
    @Transactional
    public void tellOrder(long number, String orderNumber, String outcome, String reason, Long proofId) {
        boolean delivered = StopOutcome.DELIVERED.processValue().equals(outcome);
        try {
            runtime.createMessageCorrelation(delivered ? OrderFulfilmentProcess.MESSAGE_DELIVERED
                            : OrderFulfilmentProcess.MESSAGE_RETURNED)
                    .processInstanceBusinessKey(orderNumber)
                    .setVariable(OrderFulfilmentProcess.VAR_DELIVERY_OUTCOME, outcome)
                    .setVariable(OrderFulfilmentProcess.VAR_RETURN_REASON, reason)
                    .setVariable(OrderFulfilmentProcess.VAR_PROOF_ID, proofId)
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Order " + orderNumber + " on run " + number
                    + " is no longer out for delivery (was it cancelled?); the stop stays open");
        }
    }

    /**
     * The order was cancelled (its OrderCancelled ran): if it is a stop of a run on the road, the
     * stop is closed as cancelled and its task ends without telling the order, so that the run can
     * still end when its other stops do. A stop on a planned run stays: the run refuses to leave
     * until a dispatcher moves the order off it.
     */
    @Transactional
    public void closeCancelledStop(String orderNumber, String actor) {
        Long runId = stops.runOfLiveStop(orderNumber).orElse(null);
        if (runId == null) {
            return;
        }
        DeliveryRun run = runs.findForUpdate(runId).orElseThrow(() -> new IllegalStateException("No delivery run " + runId));
        DeliveryStop stop = stops.findByRunIdAndOrderNumber(runId, orderNumber).orElse(null);
        if (!run.isActive() || stop == null || !stop.isOpen()) {
            return;
        }
        stop.complete(StopOutcome.CANCELLED, null, actor, clock.now());
        stops.flush();
        audit.record(actor, "STOP_CANCELLED", orderNumber, "run " + runId + ": the order was cancelled on the road");
        engine.as(actor, () -> {
            openTaskOf(run, stop).ifPresent(task -> {
                Map<String, Object> variables = new LinkedHashMap<>();
                variables.put(DeliveryRunProcess.VAR_DELIVERY_OUTCOME, StopOutcome.CANCELLED.processValue());
                variables.put(DeliveryRunProcess.VAR_RETURN_REASON, null);
                tasks.complete(task.getId(), variables);
            });
            return null;
        });
    }

    /** Every stop ended: the run is completed. */
    @Transactional
    public void finish(long number) {
        DeliveryRun run = runs.findById(number).orElseThrow(() -> new IllegalStateException("No delivery run " + number));
        run.complete(clock.now());
        audit.record(run.deliveryBoy(), "DELIVERY_RUN_COMPLETED", null, "run " + number);
    }

    // ---- shared with ProofService and PositionService ----

    /** A run the user may work on (his own, or any for an admin), on the road. */
    DeliveryRun workableRun(long number, CurrentUser user) {
        DeliveryRun run = runs.findById(number).orElseThrow(() -> new NotFoundException("No delivery run " + number));
        boolean his = isHisRun(user, run);
        if (!his && !user.hasRole(Roles.ADMIN)) {
            if (user.hasRole(Roles.DELIVERY) || mayDispatch(user)) {
                throw new NotFoundException("No delivery run " + number);
            }
            throw new AccessDeniedException("Your role may not work delivery stops");
        }
        if (!run.isActive()) {
            throw new ConflictException("Run " + number + " is " + run.state() + "; stops are worked while it is on the road");
        }
        return run;
    }

    /**
     * {@link #workableRun}, locked until the transaction ends: completing a stop and adding a proof
     * take this lock, so two phones (or a phone and Tasklist) never end one stop twice or add a
     * proof to a stop that has just ended.
     */
    DeliveryRun workableRunForUpdate(long number, CurrentUser user) {
        runs.findForUpdate(number).orElseThrow(() -> new NotFoundException("No delivery run " + number));
        return workableRun(number, user);
    }

    DeliveryStop openStop(DeliveryRun run, String orderNumber) {
        DeliveryStop stop = stops.findByRunIdAndOrderNumber(run.number(), orderNumber)
                .orElseThrow(() -> new NotFoundException("Order " + orderNumber + " is not on run " + run.number()));
        if (!stop.isOpen()) {
            throw new ConflictException("The stop of order " + orderNumber + " already ended " + stop.outcome());
        }
        return stop;
    }

    static boolean mayDispatch(CurrentUser user) {
        return DeliveryPermissions.allows(user, DeliveryPermissions.Action.DISPATCH);
    }

    private static boolean isHisRun(CurrentUser user, DeliveryRun run) {
        return user.hasRole(Roles.DELIVERY) && user.id().equals(run.deliveryBoy());
    }

    /** What a person may choose: a stop is cancelled only by cancelling its order. */
    private static StopOutcome chosen(StopOutcome outcome) {
        return outcome == StopOutcome.CANCELLED ? null : outcome;
    }

    private void check(DeliveryStop stop, StopOutcome outcome, String reason) {
        List<FieldProblem> problems = problems(stop, outcome, reason);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The same completion again (a double tap, or a phone that lost the answer) of a stop that already
     * ended so, with the same money: the run as it is, when the user may see it; empty for anything
     * else, which then goes the usual way (a stop that ended otherwise is a conflict).
     */
    private Optional<RunOnRoad> repeated(long number, String orderNumber, StopOutcome outcome,
            StopCompletion completion, CurrentUser user) {
        Optional<DeliveryRun> run = runs.findForUpdate(number)
                .filter(r -> mayDispatch(user) || isHisRun(user, r) || user.hasRole(Roles.ADMIN));
        return run.flatMap(r -> stops.findByRunIdAndOrderNumber(r.number(), orderNumber))
                .filter(stop -> outcome != null && !stop.isOpen() && stop.outcome() == outcome
                        && collection.sameAs(completion, stop.collected()))
                .map(stop -> onRoad(run.get()));
    }

    private List<FieldProblem> problems(DeliveryStop stop, StopOutcome outcome, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "must be DELIVERED or RETURNED"));
        } else if (outcome == StopOutcome.DELIVERED) {
            if (proofs.countByStopId(stop.id()) == 0) {
                problems.add(new FieldProblem("proof", "a delivery needs a photo or the customer's signature, "
                        + "uploaded for this stop first"));
            }
        } else {
            if (reason == null || reason.trim().length() < MIN_REASON) {
                problems.add(new FieldProblem("reason", "must say why the order came back (at least 3 characters)"));
            } else if (reason.length() > 400) {
                problems.add(new FieldProblem("reason", "must be at most 400 characters"));
            }
            if (proofs.countByStopIdAndKind(stop.id(), ProofKind.PHOTO) == 0) {
                problems.add(new FieldProblem("proof", "a return needs a photo of the goods, uploaded for this stop first"));
            }
        }
        return problems;
    }

    /**
     * The engine wraps what a listener or delegate throws; the caller should see our own refusal.
     * An order changed at the same moment elsewhere (cancelled at the desk, say) is a conflict too.
     */
    private static RuntimeException readable(RuntimeException e, long run, String orderNumber) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException || cause instanceof ConflictException
                    || cause instanceof NotFoundException) {
                return (RuntimeException) cause;
            }
            if (cause instanceof OptimisticLockingException) {
                return new ConflictException("Order " + orderNumber + " on run " + run
                        + " was changed at the same moment elsewhere; nothing was saved: look at the run again");
            }
        }
        return e;
    }

    private Task stopTask(DeliveryRun run, DeliveryStop stop) {
        return openTaskOf(run, stop).orElseThrow(() -> new ConflictException("Run " + run.number()
                + " is not waiting for the stop of order " + stop.orderNumber() + "; look at the run again"));
    }

    /** The stop's open task: the one linked to it, or for a stop taken out before V12, found by its variable. */
    private Optional<Task> openTaskOf(DeliveryRun run, DeliveryStop stop) {
        if (stop.taskId() != null) {
            return Optional.ofNullable(tasks.createTaskQuery().taskId(stop.taskId())
                    .processInstanceBusinessKey(DeliveryRunProcess.businessKey(run.number())).singleResult());
        }
        List<Task> named = tasksNaming(run, stop.orderNumber());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * The stop a completing task ends: the one linked to it. A stop taken out before V12 has no link;
     * its order is then the one the task's variables name, but only if no other open task of the run
     * names it too (a changed variable would).
     */
    private DeliveryStop stopOfTask(DeliveryRun run, String taskId, String claimedOrder) {
        DeliveryStop stop = stops.findByTaskId(taskId).orElse(null);
        if (stop == null) {
            stop = stops.findByRunIdAndOrderNumber(run.number(), claimedOrder).filter(s -> s.taskId() == null)
                    .filter(s -> tasksNaming(run, claimedOrder).size() == 1)
                    .orElseThrow(() -> new InvalidInputException(DeliveryRunProcess.VAR_STOP_ORDER,
                            "must be the order of this task's own stop on run " + run.number()));
        }
        if (!stop.runId().equals(run.number())) {
            throw new IllegalStateException("Task " + taskId + " is the stop of order " + stop.orderNumber()
                    + " on run " + stop.runId() + ", not on run " + run.number());
        }
        return stop;
    }

    private List<Task> tasksNaming(DeliveryRun run, String orderNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(DeliveryRunProcess.businessKey(run.number()))
                .taskDefinitionKey(DeliveryRunProcess.TASK_DELIVER_STOP).list().stream()
                .filter(t -> orderNumber != null
                        && orderNumber.equals(tasks.getVariable(t.getId(), DeliveryRunProcess.VAR_STOP_ORDER)))
                .toList();
    }

    private RunOnRoad onRoad(DeliveryRun run) {
        List<DeliveryStop> onRun = stops.findByRunIdOrderByStopNoAscIdAsc(run.number());
        Map<String, BigDecimal> due = collection.amountsDue(onRun.stream().filter(DeliveryStop::isOpen)
                .map(DeliveryStop::orderNumber).toList());
        Map<Long, List<ProofView>> proofsByStop = onRun.isEmpty() ? Map.of()
                : proofs.findByStopIdInOrderByIdAsc(onRun.stream().map(DeliveryStop::id).toList()).stream()
                        .collect(Collectors.groupingBy(DeliveryProof::stopId, LinkedHashMap::new,
                                Collectors.mapping(ProofView::of, Collectors.toList())));
        List<RunOnRoad.Stop> shown = new ArrayList<>();
        for (DeliveryStop stop : onRun) {
            OrderView order = orders.find(stop.orderNumber()).orElse(null);
            shown.add(new RunOnRoad.Stop(stop.stopNo(), stop.orderNumber(),
                    order == null ? null : order.customer().name(), order == null ? null : order.customer().phone(),
                    order == null ? null : order.customer().address(), stop.locality(), stop.pincode(),
                    order == null ? "" : order.lines().stream().map(l -> l.product()
                            + (l.size() == null ? "" : " " + l.size()) + " × " + l.quantity())
                            .collect(Collectors.joining("; ")),
                    stop.latitude(), stop.longitude(), stop.outcome(), stop.returnReason(), stop.completedAt(),
                    proofsByStop.getOrDefault(stop.id(), List.of()),
                    stop.isOpen() ? due.get(stop.orderNumber()) : stop.amountDue(), stop.collected()));
        }
        return new RunOnRoad(run.number(), run.zoneName(), run.deliveryBoy(), run.state(), run.startedAt(),
                run.totalMetres(), shown);
    }
}
