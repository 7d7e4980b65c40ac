package com.orderflow.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Where the delivery boys are (K5): while a run is on the road, his phone sends its position; the
 * last one per delivery boy is kept (no trail: a position is personal data, and the map needs only
 * the last). The live map shows the runs on the road, each boy's last position and every stop's state.
 */
@Service
public class PositionService {
    /** A phone unsure by more than this (a cell tower's guess is a few km) tells the map nothing; more is nonsense. */
    static final double MAX_ACCURACY_METRES = 100_000;

    private final DeliveryPositions positions;
    private final RunDispatch dispatch;
    private final ShopClock clock;
    private final GeoPoint shop;
    private final DeliverySettings settings;

    PositionService(DeliveryPositions positions, RunDispatch dispatch, ShopClock clock, DeliverySettings settings) {
        this.positions = positions;
        this.dispatch = dispatch;
        this.clock = clock;
        this.shop = settings.shop().point();
        this.settings = settings;
    }

    /** A position as the phone sends it: degrees, and how sure the phone is, in metres. */
    public record Ping(Double lat, Double lng, Double accuracy) {
    }

    /** The live map: the shop, the tile server (empty = none) and every run on the road. */
    public record LiveMap(double shopLatitude, double shopLongitude, String tileUrl, String tileAttribution,
            Instant at, List<RunOnMap> runs) {
    }

    /** A run on the map: its boy's last position (null before the first), and its stops. */
    public record RunOnMap(long number, String deliveryBoy, String zone, Double latitude, Double longitude,
            Double accuracyMetres, Instant positionAt, List<RunOnRoad.Stop> stops) {
    }

    /**
     * Keeps the delivery boy's position; only his own run on the road takes it.
     *
     * @throws InvalidInputException naming lat, lng or accuracy
     */
    @Transactional
    public void ping(long run, Ping ping, CurrentUser user) {
        DeliveryRun onRoad = dispatch.workableRun(run, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (ping == null || ping.lat() == null || !(ping.lat() >= -90 && ping.lat() <= 90)) {
            problems.add(new FieldProblem("lat", "must be degrees between -90 and 90"));
        }
        if (ping == null || ping.lng() == null || !(ping.lng() >= -180 && ping.lng() <= 180)) {
            problems.add(new FieldProblem("lng", "must be degrees between -180 and 180"));
        }
        if (ping != null && ping.accuracy() != null && !(ping.accuracy() >= 0 && ping.accuracy() <= MAX_ACCURACY_METRES)) {
            problems.add(new FieldProblem("accuracy", "must be metres between 0 and " + (int) MAX_ACCURACY_METRES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String boy = onRoad.deliveryBoy();
        DeliveryPosition position = positions.findById(boy).orElseGet(() -> new DeliveryPosition(boy));
        position.moveTo(onRoad.number(), new GeoPoint(ping.lat(), ping.lng()), ping.accuracy(), clock.now());
        positions.save(position);
    }

    /** The live map for dispatchers (admin, order manager). */
    @Transactional(readOnly = true)
    public LiveMap map(CurrentUser user) {
        if (!RunDispatch.mayDispatch(user)) {
            throw new AccessDeniedException("Your role may not see the live delivery map");
        }
        List<RunOnRoad> onRoad = dispatch.runsOnRoad(user, false);
        Map<String, DeliveryPosition> last = positions.findAllById(onRoad.stream().map(RunOnRoad::deliveryBoy).toList())
                .stream().collect(Collectors.toMap(DeliveryPosition::deliveryBoy, Function.identity()));
        List<RunOnMap> shown = onRoad.stream().map(run -> {
            DeliveryPosition p = last.get(run.deliveryBoy());
            boolean current = p != null && p.runId() == run.number();
            return new RunOnMap(run.number(), run.deliveryBoy(), run.zone(), current ? p.latitude() : null,
                    current ? p.longitude() : null, current ? p.accuracyMetres() : null, current ? p.at() : null,
                    run.stops());
        }).toList();
        return new LiveMap(shop.latitude(), shop.longitude(), settings.tileUrl(), settings.tileAttribution(),
                clock.now(), shown);
    }
}
