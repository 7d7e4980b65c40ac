package com.orderflow.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.delivery.DeliveryPermissions.Action;
import com.orderflow.orders.OrderFilter;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderSummary;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Delivery runs (K5, K15): ready orders grouped by zone into one run per zone with the zone's
 * default delivery boy, stops in route order from the shop, and the dispatcher's corrections
 * (move a stop, choose the boy, pin an order's exact point). Each request changes everything it
 * should or nothing. A run's stops change only under that run's row lock, and an order is on at
 * most one live stop (a unique column), so dispatchers pressing "plan" at the same moment cannot
 * put one order on two runs: the later one is told to look again (409).
 */
@Service
@EnableConfigurationProperties(DeliverySettings.class)
public class DeliveryService {
    private static final int PAGE = 200;

    private final DeliveryRuns runs;
    private final DeliveryStops stops;
    private final OrderPoints orderPoints;
    private final ZoneService zones;
    private final ZoneTables tables;
    private final OrderService orders;
    private final EngineUsers users;
    private final StopFacts facts;
    private final AuditLog audit;
    private final ShopClock clock;
    private final GeoPoint shop;
    private final TransactionTemplate transaction;

    DeliveryService(DeliveryRuns runs, DeliveryStops stops, OrderPoints orderPoints, ZoneService zones,
            ZoneTables tables, OrderService orders, EngineUsers users, StopFacts facts, AuditLog audit, ShopClock clock,
            DeliverySettings settings, PlatformTransactionManager transactions) {
        this.runs = runs;
        this.stops = stops;
        this.orderPoints = orderPoints;
        this.zones = zones;
        this.tables = tables;
        this.orders = orders;
        this.users = users;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
        this.shop = settings.shop().point();
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Where routes start. */
    public GeoPoint shop() {
        return shop;
    }

    /**
     * Puts every order that is ready for dispatch and on no run onto its zone's run: the zone's
     * planned run if it has one, else a new run for the zone's default delivery boy (both by the
     * zone tables). Every run that gained stops is re-routed.
     *
     * @throws ConflictException when another dispatcher planned some of the same orders meanwhile
     */
    public PlanResult plan(CurrentUser user) {
        DeliveryPermissions.check(user, Action.DISPATCH);
        return atomically(() -> planReadyOrders(user),
                "Another dispatcher planned some of these orders at the same moment; nothing was changed. "
                        + "Look at the runs again and plan once more if orders are still waiting.");
    }

    /**
     * Moves an order's stop from one planned run to another and re-routes both. Moving into a run
     * of another zone is allowed (the dispatcher knows the roads) and answered with a warning.
     */
    public MoveResult move(long fromRun, String orderNumber, Long toRun, CurrentUser user) {
        DeliveryPermissions.check(user, Action.DISPATCH);
        if (toRun == null) {
            throw new InvalidInputException("toRun", "is required: the number of the run the stop moves to");
        }
        if (toRun == fromRun) {
            throw new InvalidInputException("toRun", "must be another run than the one the stop is on");
        }
        return atomically(() -> moveStop(fromRun, orderNumber, toRun, user),
                "Run " + fromRun + " or " + toRun + " changed at the same moment; nothing was moved. Look again.");
    }

    /** Gives a planned run to a delivery boy (a member of the delivery group). */
    @Transactional
    public RunView assign(long number, String deliveryBoy, CurrentUser user) {
        DeliveryPermissions.check(user, Action.DISPATCH);
        String boy = deliveryBoy == null ? "" : deliveryBoy.trim();
        if (!isDeliveryBoy(boy)) {
            throw new InvalidInputException("deliveryBoy", "must be the user id of a delivery boy");
        }
        DeliveryRun run = plannedRunForUpdate(number);
        if (!boy.equals(run.deliveryBoy())) {
            run.assign(boy, clock.now());
            runs.flush();
            for (DeliveryStop stop : stops.findByRunIdOrderByStopNoAscIdAsc(run.number())) {
                audit.record(user.id(), "DELIVERY_BOY_CHOSEN", stop.orderNumber(), "run " + number + " → " + boy);
            }
        }
        return view(run);
    }

    /**
     * Pins an order's exact point: from now on its stop is routed there instead of its locality's
     * point, and a planned run it is on is re-routed at once. On a run on the road the stop's map
     * link goes to the new point; the riding order stays as the boy has it.
     *
     * @throws NotFoundException when the user may not see the order
     */
    @Transactional
    public void setPoint(String orderNumber, Double latitude, Double longitude, CurrentUser user) {
        DeliveryPermissions.check(user, Action.DISPATCH);
        List<FieldProblem> problems = new ArrayList<>();
        if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
            problems.add(new FieldProblem("latitude", "must be degrees between -90 and 90"));
        }
        if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
            problems.add(new FieldProblem("longitude", "must be degrees between -180 and 180"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OrderView order = orders.get(orderNumber, user);
        GeoPoint point = new GeoPoint(latitude, longitude);
        orderPoints.findById(order.number()).ifPresentOrElse(p -> p.move(point, user.id(), clock.now()),
                () -> orderPoints.save(new OrderPoint(order.number(), point, user.id(), clock.now())));
        orderPoints.flush();
        audit.record(user.id(), "DELIVERY_POINT_SET", order.number(), latitude + ", " + longitude);
        stops.findByLiveOrderNumber(order.number()).ifPresent(stop -> {
            DeliveryRun run = runs.findForUpdate(stop.runId()).orElseThrow();
            if (run.isPlanned()) {
                reroute(run);
            } else {
                stop.locate(point, DeliveryStop.PointSource.ORDER);
                stops.flush();
            }
        });
    }

    /**
     * A run of one stop for an order that should leave now, for this delivery boy (checked by the
     * caller, {@link RunDispatch#takeOut}). An order on a planned run leaves it; that run is re-routed.
     *
     * @return the new run's number
     */
    @Transactional
    long planSingle(OrderView order, String deliveryBoy, CurrentUser user) {
        if (!isDeliveryBoy(deliveryBoy)) {
            throw new InvalidInputException("deliveryBoy", "must be the user id of a delivery boy");
        }
        String zone = tables.zoneOf(order.customer().pincode(), order.customer().locality());
        DeliveryRun run = runs.saveAndFlush(new DeliveryRun(zone, deliveryBoy, user.id(), clock.now()));
        Optional<DeliveryStop> planned = stops.findByLiveOrderNumber(order.number());
        if (planned.isPresent()) {
            DeliveryRun from = plannedRunForUpdate(planned.get().runId());
            planned.get().moveTo(run.number());
            stops.flush();
            reroute(from);
            audit.record(user.id(), "DELIVERY_STOP_MOVED", order.number(), "run " + from.number() + " → run "
                    + run.number() + " (taken out alone)");
        } else {
            stops.save(new DeliveryStop(run.number(), order.number(), order.customer().locality(),
                    order.customer().pincode(), zone));
        }
        stops.flush();
        audit.record(user.id(), "DELIVERY_RUN_PLANNED", order.number(), "run " + run.number() + " of one, " + zone
                + ", " + deliveryBoy);
        reroute(run);
        return run.number();
    }

    /** Planned runs: all of them for dispatchers, his own for a delivery boy; by zone and number. */
    @Transactional(readOnly = true)
    public List<RunView> runs(CurrentUser user) {
        DeliveryPermissions.check(user, Action.VIEW_RUNS);
        List<DeliveryRun> visible = user.deliversOnly()
                ? runs.findByStateAndDeliveryBoyOrderByIdAsc(RunState.PLANNED, user.id())
                : runs.findByStateOrderByZoneNameAscIdAsc(RunState.PLANNED);
        Map<Long, List<DeliveryStop>> stopsByRun = new LinkedHashMap<>();
        visible.forEach(run -> stopsByRun.put(run.number(), new ArrayList<>()));
        if (!visible.isEmpty()) {
            stops.findByRunIdIn(stopsByRun.keySet()).forEach(stop -> stopsByRun.get(stop.runId()).add(stop));
        }
        Comparator<DeliveryStop> routeOrder = Comparator.comparingInt(DeliveryStop::stopNo)
                .thenComparing(DeliveryStop::orderNumber);
        StopFacts.Facts known = facts.of(stopsByRun.values().stream().flatMap(List::stream)
                .map(DeliveryStop::orderNumber).toList());
        return visible.stream().map(run -> RunView.of(run,
                stopsByRun.get(run.number()).stream().sorted(routeOrder).toList(), known)).toList();
    }

    /** One run; another delivery boy's run is not found, as if it did not exist. */
    @Transactional(readOnly = true)
    public RunView run(long number, CurrentUser user) {
        DeliveryPermissions.check(user, Action.VIEW_RUNS);
        DeliveryRun run = runs.findById(number).orElseThrow(() -> new NotFoundException("No delivery run " + number));
        if (user.deliversOnly() && !user.id().equals(run.deliveryBoy())) {
            throw new NotFoundException("No delivery run " + number);
        }
        return view(run);
    }

    /** The user ids of the delivery boys, for choosing one. */
    public List<String> deliveryBoys(CurrentUser user) {
        DeliveryPermissions.check(user, Action.DISPATCH);
        return users.deliveryBoys();
    }

    /** Whether the user may plan, move and assign (pages use it to offer the forms). */
    public boolean mayDispatch(CurrentUser user) {
        return DeliveryPermissions.allows(user, Action.DISPATCH);
    }

    private PlanResult planReadyOrders(CurrentUser user) {
        Map<String, List<OrderView>> byZone = new TreeMap<>();
        ZoneTables.ZoneTable table = tables.zoneTable();
        for (String number : readyOrdersOnNoRun(user)) {
            OrderView order = orders.get(number, user);
            byZone.computeIfAbsent(table.zoneOf(order.customer().pincode(), order.customer().locality()),
                    zone -> new ArrayList<>()).add(order);
        }
        List<String> warnings = new ArrayList<>();
        List<RunView> changed = new ArrayList<>();
        List<Long> withoutBoy = new ArrayList<>();
        int planned = 0;
        for (var zone : byZone.entrySet()) {
            DeliveryRun run = zoneRun(zone.getKey(), table, user, warnings);
            if (run.deliveryBoy() == null) {
                withoutBoy.add(run.number());
                warnings.add("Run " + run.number() + " (" + zone.getKey() + ") has no delivery boy: the zone has no "
                        + "default delivery boy (set one on /delivery/zones); choose one for the run before it leaves");
            }
            for (OrderView order : zone.getValue()) {
                stops.save(new DeliveryStop(run.number(), order.number(), order.customer().locality(),
                        order.customer().pincode(), zone.getKey()));
                audit.record(user.id(), "DELIVERY_STOP_PLANNED", order.number(), "run " + run.number() + ", "
                        + zone.getKey() + ", " + (run.deliveryBoy() == null ? "no delivery boy yet" : run.deliveryBoy()));
                planned++;
            }
            stops.flush(); // a stop another dispatcher planned meanwhile fails here, before anything commits
            if (ZoneTables.UNZONED.equals(zone.getKey())) {
                warnings.add(zone.getValue().size() + " order(s) are in no zone (run " + run.number()
                        + "): check their pincode and locality, or add a row to dmn/delivery-zone.dmn");
            }
            changed.add(reroute(run));
        }
        changed.stream().flatMap(r -> r.stops().stream()).filter(s -> s.latitude() == null)
                .forEach(s -> warnings.add("Order " + s.orderNumber() + " has no point (locality '" + s.locality()
                        + "' is not in the master): it rides last; add the locality or set the order's point"));
        return new PlanResult(planned, changed, warnings, withoutBoy);
    }

    private List<String> readyOrdersOnNoRun(CurrentUser user) {
        List<String> ready = new ArrayList<>();
        OrderFilter filter = new OrderFilter(OrderStatus.READY_FOR_DISPATCH, null, null, null);
        Page<OrderSummary> page;
        int index = 0;
        do {
            page = orders.list(filter, PageRequest.of(index++, PAGE, Sort.by("number")), user);
            List<String> numbers = page.map(OrderSummary::number).getContent();
            Set<String> onRuns = numbers.isEmpty() ? Set.of()
                    : stops.findByLiveOrderNumberIn(numbers).stream().map(DeliveryStop::orderNumber)
                            .collect(Collectors.toSet());
            numbers.stream().filter(number -> !onRuns.contains(number)).forEach(ready::add);
        } while (page.hasNext());
        return ready;
    }

    /** The zone's planned run, locked; or a new one for the zone's default delivery boy. */
    private DeliveryRun zoneRun(String zone, ZoneTables.ZoneTable table, CurrentUser user, List<String> warnings) {
        Optional<DeliveryRun> existing = runs.findFirstByStateAndZoneNameOrderByIdAsc(RunState.PLANNED, zone);
        if (existing.isPresent()) {
            return existing.get();
        }
        String boy = table.defaultDeliveryBoy(zone).orElse(null);
        if (boy != null && !isDeliveryBoy(boy)) {
            warnings.add("dmn/delivery-assignment.dmn names '" + boy + "' for " + zone
                    + ", who is not a delivery boy; the run has no delivery boy yet");
            boy = null;
        }
        DeliveryRun run = runs.saveAndFlush(new DeliveryRun(zone, boy, user.id(), clock.now()));
        audit.record(user.id(), "DELIVERY_RUN_PLANNED", null, "run " + run.number() + ", " + zone + ", "
                + (boy == null ? "no delivery boy yet" : boy));
        return run;
    }

    private MoveResult moveStop(long fromRun, String orderNumber, long toRun, CurrentUser user) {
        // both runs locked in number order, so two moves in opposite directions cannot deadlock
        DeliveryRun first = lockedRun(Math.min(fromRun, toRun), toRun);
        DeliveryRun second = lockedRun(Math.max(fromRun, toRun), toRun);
        DeliveryRun from = first.number() == fromRun ? first : second;
        DeliveryRun to = from == first ? second : first;
        DeliveryStop stop = stops.findByRunIdAndOrderNumber(from.number(), orderNumber)
                .orElseThrow(() -> new NotFoundException("Order " + orderNumber + " is not on run " + fromRun));
        stop.moveTo(to.number());
        stops.flush();
        String warning = stop.zoneName().equals(to.zoneName()) ? null
                : "Order " + orderNumber + " is in " + stop.zoneName() + " but run " + toRun + " rides "
                        + to.zoneName();
        audit.record(user.id(), "DELIVERY_STOP_MOVED", orderNumber, "run " + fromRun + " → run " + toRun
                + (warning == null ? "" : " (" + stop.zoneName() + " into " + to.zoneName() + ")"));
        return new MoveResult(reroute(from), reroute(to), warning);
    }

    private DeliveryRun lockedRun(long number, long toRun) {
        return planned(runs.findForUpdate(number).orElseThrow(() -> number == toRun
                ? new InvalidInputException("toRun", "must be the number of a planned run; there is no run " + number)
                : new NotFoundException("No delivery run " + number)));
    }

    private DeliveryRun plannedRunForUpdate(long number) {
        return planned(runs.findForUpdate(number).orElseThrow(() -> new NotFoundException("No delivery run " + number)));
    }

    private static DeliveryRun planned(DeliveryRun run) {
        if (!run.isPlanned()) {
            throw new ConflictException("Run " + run.number() + " is " + run.state() + "; only planned runs change");
        }
        return run;
    }

    /**
     * Puts the run's stops in route order from the shop. Each stop is located afresh (the order's
     * own point, else its locality's from the master), so a point set or a locality added since
     * counts. A locality's point stands for every address in it: good enough to put a zone's stops
     * in a sensible order (localities are a few hundred metres across), not to find a door; a
     * dispatcher who knows better pins the order's point. Stops without a point ride last, by order number. Stops are sorted by order number
     * before routing, so the same stops always give the same route.
     */
    private RunView reroute(DeliveryRun run) {
        List<DeliveryStop> onRun = new ArrayList<>(stops.findByRunIdOrderByStopNoAscIdAsc(run.number()));
        onRun.sort(Comparator.comparing(DeliveryStop::orderNumber));
        Map<String, GeoPoint> pinned = orderPoints.findAllById(onRun.stream().map(DeliveryStop::orderNumber).toList())
                .stream().collect(Collectors.toMap(OrderPoint::orderNumber, OrderPoint::point));
        List<DeliveryStop> located = new ArrayList<>();
        List<GeoPoint> points = new ArrayList<>();
        List<DeliveryStop> unlocated = new ArrayList<>();
        for (DeliveryStop stop : onRun) {
            Optional<GeoPoint> own = Optional.ofNullable(pinned.get(stop.orderNumber()));
            Optional<GeoPoint> point = own.or(() -> zones.pointOf(stop.locality(), stop.pincode()));
            stop.locate(point.orElse(null),
                    own.isPresent() ? DeliveryStop.PointSource.ORDER : DeliveryStop.PointSource.LOCALITY);
            if (point.isPresent()) {
                located.add(stop);
                points.add(point.get());
            } else {
                unlocated.add(stop);
            }
        }
        RoutePlanner.Route route = RoutePlanner.plan(shop, points);
        List<DeliveryStop> ordered = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < route.visits().size(); i++) {
            DeliveryStop stop = located.get(route.visits().get(i));
            int metres = (int) Math.round(route.legMetres().get(i));
            stop.place(i + 1, metres);
            total += metres;
            ordered.add(stop);
        }
        for (DeliveryStop stop : unlocated) {
            stop.place(ordered.size() + 1, null);
            ordered.add(stop);
        }
        run.routed(total, clock.now());
        stops.flush();
        return RunView.of(run, ordered, facts.of(ordered.stream().map(DeliveryStop::orderNumber).toList()));
    }

    private RunView view(DeliveryRun run) {
        List<DeliveryStop> onRun = stops.findByRunIdOrderByStopNoAscIdAsc(run.number());
        return RunView.of(run, onRun, facts.of(onRun.stream().map(DeliveryStop::orderNumber).toList()));
    }

    private boolean isDeliveryBoy(String userId) {
        return users.isDeliveryBoy(userId);
    }

    /**
     * Runs the work in one transaction; a unique-constraint or lock conflict with a concurrent
     * request rolls it all back and is answered as a 409 saying so.
     */
    private <T> T atomically(Supplier<T> work, String conflict) {
        try {
            return transaction.execute(status -> work.get());
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException
                | ObjectOptimisticLockingFailureException e) {
            throw new ConflictException(conflict);
        }
    }
}
