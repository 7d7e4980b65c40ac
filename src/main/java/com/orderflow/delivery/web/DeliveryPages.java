package com.orderflow.delivery.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.delivery.DeliveryService;
import com.orderflow.delivery.MoveResult;
import com.orderflow.delivery.NewLocality;
import com.orderflow.delivery.PlanResult;
import com.orderflow.delivery.ZoneService;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The dispatcher's pages (K5, K15): planned runs with their stops in riding order, and the zone
 * master. Pages only show and forward; the services check roles and rules.
 */
@Controller
class DeliveryPages {
    private final DeliveryService delivery;
    private final ZoneService zones;

    DeliveryPages(DeliveryService delivery, ZoneService zones) {
        this.delivery = delivery;
        this.zones = zones;
    }

    /** The add-locality form as it was sent, to show it again with its problems. */
    record LocalityForm(String name, String pincode, String zone, Double latitude, Double longitude) {
    }

    @GetMapping("/delivery/runs")
    String runs(CurrentUser user, Model model) {
        showRuns(user, model);
        return "delivery/runs";
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
            HttpServletResponse response) {
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
        showRuns(user, model);
        return "delivery/runs";
    }

    @PostMapping("/delivery/runs/assign")
    String assign(@RequestParam long run, @RequestParam(defaultValue = "") String deliveryBoy, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            delivery.assign(run, deliveryBoy, user);
            redirect.addFlashAttribute("flash", "delivery.assigned");
            return "redirect:/delivery/runs";
        } catch (InvalidInputException e) {
            model.addAttribute("moveErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        showRuns(user, model);
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

    private void showRuns(CurrentUser user, Model model) {
        var runs = delivery.runs(user);
        boolean mayDispatch = delivery.mayDispatch(user);
        model.addAttribute("runs", runs);
        model.addAttribute("mayDispatch", mayDispatch);
        model.addAttribute("deliveryBoys", mayDispatch ? delivery.deliveryBoys(user) : List.of());
        model.addAttribute("shop", delivery.shop());
        model.addAttribute("here", "/delivery/runs");
    }

    private void showZones(CurrentUser user, Model model) {
        model.addAttribute("zones", zones.zones(user));
        model.addAttribute("mayEdit", zones.mayEdit(user));
        if (!model.containsAttribute("localityForm")) {
            model.addAttribute("localityForm", new LocalityForm("", "", "", null, null));
        }
        model.addAttribute("here", "/delivery/zones");
    }

}
