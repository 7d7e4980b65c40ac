package com.orderflow.delivery.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.delivery.DeliveryService;
import com.orderflow.delivery.MoveResult;
import com.orderflow.delivery.NewLocality;
import com.orderflow.delivery.NewZone;
import com.orderflow.delivery.PlanResult;
import com.orderflow.delivery.RunDispatch;
import com.orderflow.delivery.StopPins;
import com.orderflow.delivery.ZoneService;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.platform.web.PageFormats;

/**
 * The dispatcher's pages (K5, K15): planned runs with their stops in riding order and runs on the
 * road, each stop with its customer and the amount to collect; starting a run; pinning a stop's
 * point; and the zone master. Pages only show and forward; the services check roles and rules.
 */
@Controller
class DeliveryPages {
    private final DeliveryService delivery;
    private final ZoneService zones;
    private final RunDispatch dispatch;
    private final StopPins pins;
    private final ShopClock clock;
    private final MessageSource messages;

    DeliveryPages(DeliveryService delivery, ZoneService zones, RunDispatch dispatch, StopPins pins, ShopClock clock,
            MessageSource messages) {
        this.delivery = delivery;
        this.zones = zones;
        this.dispatch = dispatch;
        this.pins = pins;
        this.clock = clock;
        this.messages = messages;
    }

    /** The add-locality form as it was sent, to show it again with its problems. */
    record LocalityForm(String name, String pincode, String zone, Double latitude, Double longitude) {
    }

    @GetMapping("/delivery/runs")
    String runs(CurrentUser user, Model model, Locale locale) {
        showRuns(user, model, locale);
        return "delivery/runs";
    }

    /** The dispatcher takes a planned run out from his side (its delivery boy must be chosen). */
    @PostMapping("/delivery/runs/start")
    String start(@RequestParam long run, CurrentUser user, RedirectAttributes redirect) {
        try {
            dispatch.start(run, user);
            redirect.addFlashAttribute("flash", "delivery.runStarted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", String.join("; ", e.byField().entrySet().stream()
                    .map(p -> p.getKey() + ": " + p.getValue()).toList()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/delivery/runs";
    }

    /** The page to pin an order's exact point: on a map (click) or typed. */
    @GetMapping("/delivery/points/{order}")
    String point(@PathVariable String order, CurrentUser user, Model model) {
        model.addAttribute("point", pins.point(order, user));
        model.addAttribute("here", "/delivery/points/" + order);
        return "delivery/point";
    }

    @PostMapping("/delivery/points/{order}")
    String pin(@PathVariable String order, @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            delivery.setPoint(order, latitude, longitude, user);
            redirect.addFlashAttribute("flash", "delivery.pointSet");
            return "redirect:/delivery/runs";
        } catch (InvalidInputException e) {
            model.addAttribute("pointErrors", e.byField());
            model.addAttribute("typed", new PointForm(latitude, longitude));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            model.addAttribute("pointErrors", Map.of("order", e.getMessage()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return point(order, user, model);
    }

    /** A point as it was typed, to show it again with its problems. */
    record PointForm(Double latitude, Double longitude) {
    }

    @PostMapping("/delivery/runs/plan")
    String plan(CurrentUser user, RedirectAttributes redirect) {
        PlanResult result = delivery.plan(user);
        redirect.addFlashAttribute("flash", result.ordersPlanned() == 0 ? "delivery.nothingToPlan" : "delivery.planned");
        redirect.addFlashAttribute("plannedCount", result.ordersPlanned());
        redirect.addFlashAttribute("warnings", result.warnings());
        return "redirect:/delivery/runs";
    }

    @PostMapping("/delivery/runs/move")
    String move(@RequestParam(required = false) Long fromRun, @RequestParam(defaultValue = "") String orderNumber,
            @RequestParam(required = false) Long toRun, CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        try {
            if (fromRun == null) {
                throw new InvalidInputException("fromRun", "is required: the run the stop is on");
            }
            MoveResult result = delivery.move(fromRun, orderNumber.trim(), toRun, user);
            redirect.addFlashAttribute("flash", "delivery.moved");
            if (result.warning() != null) {
                redirect.addFlashAttribute("warnings", List.of(result.warning()));
            }
            return "redirect:/delivery/runs";
        } catch (InvalidInputException e) {
            model.addAttribute("moveErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        showRuns(user, model, locale);
        return "delivery/runs";
    }

    @PostMapping("/delivery/runs/assign")
    String assign(@RequestParam long run, @RequestParam(defaultValue = "") String deliveryBoy, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        try {
            delivery.assign(run, deliveryBoy, user);
            redirect.addFlashAttribute("flash", "delivery.assigned");
            return "redirect:/delivery/runs";
        } catch (InvalidInputException e) {
            model.addAttribute("moveErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        showRuns(user, model, locale);
        return "delivery/runs";
    }

    @GetMapping("/delivery/zones")
    String zones(CurrentUser user, Model model) {
        showZones(user, model);
        return "delivery/zones";
    }

    /** Admin: adds a locality to the master, in the zone the zone table decides. */
    @PostMapping("/delivery/localities")
    String addLocality(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String pincode,
            @RequestParam(defaultValue = "") String zone, @RequestParam(required = false) Double latitude,
            @RequestParam(required = false) Double longitude, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            zones.addLocality(new NewLocality(name, pincode, zone, latitude, longitude), user);
            redirect.addFlashAttribute("flash", "delivery.localityAdded");
            return "redirect:/delivery/zones";
        } catch (InvalidInputException e) {
            model.addAttribute("localityErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            model.addAttribute("localityErrors", Map.of("name", e.getMessage()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("localityForm", new LocalityForm(name, pincode, zone, latitude, longitude));
        showZones(user, model);
        return "delivery/zones";
    }

    /** Admin: adds a zone to the master, with its default delivery boy or none. */
    @PostMapping("/delivery/zones")
    String addZone(@RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String defaultDeliveryBoy, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            zones.addZone(new NewZone(name, defaultDeliveryBoy), user);
            redirect.addFlashAttribute("flash", "delivery.zoneAdded");
            return "redirect:/delivery/zones";
        } catch (InvalidInputException e) {
            model.addAttribute("zoneErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            model.addAttribute("zoneErrors", Map.of("name", e.getMessage()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("zoneForm", new NewZone(name, defaultDeliveryBoy));
        showZones(user, model);
        return "delivery/zones";
    }

    /** Admin: the delivery boy who rides a zone by default (blank: none, the dispatcher chooses). */
    @PostMapping("/delivery/zones/default-boy")
    String setDefaultBoy(@RequestParam(defaultValue = "") String zone,
            @RequestParam(defaultValue = "") String defaultDeliveryBoy, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            zones.setDefaultDeliveryBoy(zone, defaultDeliveryBoy, user);
            redirect.addFlashAttribute("flash", "delivery.zoneBoySet");
            return "redirect:/delivery/zones";
        } catch (InvalidInputException e) {
            model.addAttribute("zoneBoyErrors", Map.of(zone, String.join("; ", e.byField().values())));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (NotFoundException e) {
            model.addAttribute("zoneErrors", Map.of("zone", e.getMessage()));
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        showZones(user, model);
        return "delivery/zones";
    }

    private void showRuns(CurrentUser user, Model model, Locale locale) {
        var runs = delivery.runs(user);
        boolean mayDispatch = delivery.mayDispatch(user);
        model.addAttribute("runs", runs);
        Map<Long, String> withoutBoy = new java.util.LinkedHashMap<>();
        runs.stream().filter(run -> run.deliveryBoy() == null).forEach(run -> withoutBoy.put(run.number(), run.zone()));
        model.addAttribute("runsWithoutBoy", withoutBoy);
        model.addAttribute("onRoad", mayDispatch || user.deliversOnly() ? dispatch.runsOnRoad(user, false) : List.of());
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("mayDispatch", mayDispatch);
        model.addAttribute("deliveryBoys", mayDispatch ? delivery.deliveryBoys(user) : List.of());
        model.addAttribute("shop", delivery.shop());
        model.addAttribute("here", "/delivery/runs");
    }

    private void showZones(CurrentUser user, Model model) {
        boolean mayEdit = zones.mayEdit(user);
        model.addAttribute("zones", zones.zones(user));
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute("zoneNames", zones.zoneNames());
        model.addAttribute("deliveryBoys", mayEdit ? delivery.deliveryBoys(user) : List.of());
        if (!model.containsAttribute("localityForm")) {
            model.addAttribute("localityForm", new LocalityForm("", "", "", null, null));
        }
        if (!model.containsAttribute("zoneForm")) {
            model.addAttribute("zoneForm", new NewZone("", ""));
        }
        model.addAttribute("here", "/delivery/zones");
    }

}
