package com.orderflow.delivery.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.orderflow.delivery.DeliveryService;
import com.orderflow.delivery.MoveResult;
import com.orderflow.delivery.NewLocality;
import com.orderflow.delivery.PlanResult;
import com.orderflow.delivery.RunView;
import com.orderflow.delivery.ZoneService;
import com.orderflow.delivery.ZoneView;
import com.orderflow.platform.security.CurrentUser;

/** The delivery API (K5, K15): zones and localities, planning runs, moving stops, pinning points. */
@RestController
@RequestMapping("/api/delivery")
class DeliveryApi {
    private final DeliveryService delivery;
    private final ZoneService zones;

    DeliveryApi(DeliveryService delivery, ZoneService zones) {
        this.delivery = delivery;
        this.zones = zones;
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

    @PostMapping("/localities")
    ResponseEntity<ZoneView.LocalityView> addLocality(@RequestBody NewLocality request, CurrentUser user) {
        return ResponseEntity.status(201).body(zones.addLocality(request, user));
    }
}
