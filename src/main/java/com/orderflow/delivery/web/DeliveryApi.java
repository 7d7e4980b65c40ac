package com.orderflow.delivery.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.delivery.DeliveryService;
import com.orderflow.delivery.MoveResult;
import com.orderflow.delivery.NewLocality;
import com.orderflow.delivery.NewZone;
import com.orderflow.delivery.PlanResult;
import com.orderflow.delivery.PositionService;
import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.ProofView;
import com.orderflow.delivery.RunDispatch;
import com.orderflow.delivery.RunOnRoad;
import com.orderflow.delivery.RunView;
import com.orderflow.delivery.ZoneService;
import com.orderflow.delivery.ZoneView;
import com.orderflow.platform.security.CurrentUser;

/**
 * The delivery API (K5, K15): zones and localities, planning runs, moving stops, pinning points;
 * taking runs out, proofs, completing stops and positions while a run is on the road; the live map.
 * A delivery boy reaches only his own runs: another boy's run or stop answers 404.
 */
@RestController
@RequestMapping("/api/delivery")
class DeliveryApi {
    private final DeliveryService delivery;
    private final ZoneService zones;
    private final RunDispatch dispatch;
    private final ProofService proofs;
    private final PositionService positions;

    DeliveryApi(DeliveryService delivery, ZoneService zones, RunDispatch dispatch, ProofService proofs,
            PositionService positions) {
        this.delivery = delivery;
        this.zones = zones;
        this.dispatch = dispatch;
        this.proofs = proofs;
        this.positions = positions;
    }

    record TakeOutRequest(String orderNumber, String deliveryBoy) {
    }

    /** Takes a planned run out: its process starts and every order on it is out for delivery. */
    @PostMapping("/runs/{run}/start")
    RunOnRoad start(@PathVariable long run, CurrentUser user) {
        return dispatch.start(run, user);
    }

    /** A run of one for an order that should leave now (a delivery boy takes out only for himself). */
    @PostMapping("/take-out")
    ResponseEntity<RunOnRoad> takeOut(@RequestBody TakeOutRequest request, CurrentUser user) {
        return ResponseEntity.status(201).body(dispatch.takeOut(request.orderNumber(), request.deliveryBoy(), user));
    }

    /** The caller's planned and active runs (a delivery boy's own; a dispatcher's all), with stop details. */
    @GetMapping("/my-runs")
    List<RunOnRoad> myRuns(CurrentUser user) {
        return dispatch.runsOnRoad(user, true);
    }

    /** A run with its stops' customers, items, outcomes and proofs. */
    @GetMapping("/runs/{run}/stops")
    RunOnRoad stops(@PathVariable long run, CurrentUser user) {
        return dispatch.runOnRoad(run, user);
    }

    /**
     * Adds a photo or signature to an open stop. The request body is the image itself (JPEG, PNG
     * or WebP, checked by its first bytes; at most orderflow.delivery.proof-max-size), not a form.
     */
    @PostMapping("/runs/{run}/stops/{order}/proofs")
    ResponseEntity<ProofView> proof(@PathVariable long run, @PathVariable String order,
            @RequestParam(defaultValue = "PHOTO") String kind, HttpServletRequest request, CurrentUser user)
            throws IOException {
        return ResponseEntity.status(201).body(proofs.upload(run, order, kind, request.getInputStream(), user));
    }

    /** Ends a stop: {"outcome":"DELIVERED"} or {"outcome":"RETURNED","reason":"…"}; its proofs must be there. */
    @PostMapping("/runs/{run}/stops/{order}/complete")
    RunOnRoad complete(@PathVariable long run, @PathVariable String order,
            @RequestBody RunDispatch.StopCompletion request, CurrentUser user) {
        return dispatch.completeStop(run, order, request, user);
    }

    /** The delivery boy's phone position while his run is on the road: {lat, lng, accuracy}. */
    @PostMapping("/runs/{run}/positions")
    ResponseEntity<Void> position(@PathVariable long run, @RequestBody PositionService.Ping ping, CurrentUser user) {
        positions.ping(run, ping, user);
        return ResponseEntity.noContent().build();
    }

    /** The live map: runs on the road, each boy's last position and every stop's state. */
    @GetMapping("/map")
    PositionService.LiveMap map(CurrentUser user) {
        return positions.map(user);
    }

    record MoveRequest(Long toRun) {
    }

    record AssignRequest(String deliveryBoy) {
    }

    record PointRequest(Double latitude, Double longitude) {
    }

    @GetMapping("/runs")
    List<RunView> runs(CurrentUser user) {
        return delivery.runs(user);
    }

    @GetMapping("/runs/{run}")
    RunView run(@PathVariable long run, CurrentUser user) {
        return delivery.run(run, user);
    }

    /** Groups the ready orders that are on no run by zone, onto one run per zone, in route order. */
    @PostMapping("/runs/plan")
    PlanResult plan(CurrentUser user) {
        return delivery.plan(user);
    }

    @PostMapping("/runs/{run}/stops/{order}/move")
    MoveResult move(@PathVariable long run, @PathVariable String order, @RequestBody MoveRequest request,
            CurrentUser user) {
        return delivery.move(run, order, request.toRun(), user);
    }

    @PutMapping("/runs/{run}/delivery-boy")
    RunView assign(@PathVariable long run, @RequestBody AssignRequest request, CurrentUser user) {
        return delivery.assign(run, request.deliveryBoy(), user);
    }

    /** Pins an order's exact point; its planned run, if any, is re-routed. */
    @PutMapping("/orders/{order}/point")
    ResponseEntity<Void> point(@PathVariable String order, @RequestBody PointRequest request, CurrentUser user) {
        delivery.setPoint(order, request.latitude(), request.longitude(), user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/zones")
    List<ZoneView> zones(CurrentUser user) {
        return zones.zones(user);
    }

    /** Adds a zone to the master (admins): {"name":"…","defaultDeliveryBoy":"…" or blank for none}. */
    @PostMapping("/zones")
    ResponseEntity<ZoneView> addZone(@RequestBody NewZone request, CurrentUser user) {
        return ResponseEntity.status(201).body(zones.addZone(request, user));
    }

    /** The zone's default delivery boy (admins): {"deliveryBoy":"…"}, blank for none. */
    @PutMapping("/zones/{zone}/delivery-boy")
    ZoneView zoneDeliveryBoy(@PathVariable String zone, @RequestBody AssignRequest request, CurrentUser user) {
        return zones.setDefaultDeliveryBoy(zone, request.deliveryBoy(), user);
    }

    @PostMapping("/localities")
    ResponseEntity<ZoneView.LocalityView> addLocality(@RequestBody NewLocality request, CurrentUser user) {
        return ResponseEntity.status(201).body(zones.addLocality(request, user));
    }
}
