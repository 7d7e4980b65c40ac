package com.orderflow.delivery.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.delivery.DeliveryService;
import com.orderflow.delivery.DispatchPlanning;
import com.orderflow.delivery.PositionService;
import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.RunDispatch;
import com.orderflow.delivery.RunSheets;
import com.orderflow.delivery.RunState;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;

/**
 * The pages of runs on the road (K4, K5): the delivery boy's phone page (his runs, stops in riding
 * order, call and map links, photo, signature, delivered or returned), the dispatch plan, and the
 * live map. Pages only show and forward; stops, proofs and positions go through the API from the
 * page's script, and the services check who may do what.
 */
@Controller
class RunPages {
    private final RunDispatch dispatch;
    private final DeliveryService delivery;
    private final ProofService proofs;
    private final DispatchPlanning planning;
    private final PositionService positions;
    private final RunSheets sheets;
    private final ShopClock clock;
    private final MessageSource messages;

    RunPages(RunDispatch dispatch, DeliveryService delivery, ProofService proofs, DispatchPlanning planning,
            PositionService positions, RunSheets sheets, ShopClock clock, MessageSource messages) {
        this.dispatch = dispatch;
        this.delivery = delivery;
        this.proofs = proofs;
        this.planning = planning;
        this.positions = positions;
        this.sheets = sheets;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/delivery/my-run")
    String myRun(CurrentUser user, Model model, Locale locale) {
        var runs = dispatch.runsOnRoad(user, true);
        boolean mayDispatch = delivery.mayDispatch(user);
        model.addAttribute("runs", runs);
        model.addAttribute("onRoad", runs.stream().anyMatch(r -> r.state() == RunState.ACTIVE));
        model.addAttribute("maxMegabytes", proofs.maxBytes() / (1024 * 1024));
        model.addAttribute("mayDispatch", mayDispatch);
        model.addAttribute("deliveryBoys", mayDispatch ? delivery.deliveryBoys(user) : List.of());
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/delivery/my-run");
        return "delivery/my-run";
    }

    /** A run's printable sheet: stops in riding order, amounts to collect, signature boxes. */
    @GetMapping("/delivery/runs/{run}/sheet.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable long run, CurrentUser user, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("run-" + run + ".pdf").build().toString())
                .body(sheets.pdf(run, user, locale));
    }

    /** Takes a planned run out (the boy's own, or any for a dispatcher). */
    @PostMapping("/delivery/my-run/start")
    String start(@RequestParam long run, CurrentUser user, RedirectAttributes redirect) {
        try {
            dispatch.start(run, user);
            redirect.addFlashAttribute("flash", "delivery.runStarted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", readable(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/delivery/my-run";
    }

    /** A run of one: the order typed or scanned leaves now with this delivery boy. */
    @PostMapping("/delivery/my-run/take-out")
    String takeOut(@RequestParam(defaultValue = "") String orderNumber,
            @RequestParam(required = false) String deliveryBoy, CurrentUser user, RedirectAttributes redirect) {
        try {
            dispatch.takeOut(orderNumber, deliveryBoy, user);
            redirect.addFlashAttribute("flash", "delivery.runStarted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", readable(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/delivery/my-run";
    }

    /** "deliveryBoy: must be chosen …; …": each field with its rule, as the API names them. */
    private static String readable(InvalidInputException e) {
        return e.problems().stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b)
                .orElse(e.getMessage());
    }

    @GetMapping("/delivery/planning")
    String planning(CurrentUser user, Model model, Locale locale) {
        model.addAttribute("plan", planning.plan(user));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/delivery/planning");
        return "delivery/planning";
    }

    @GetMapping("/delivery/map")
    String map(CurrentUser user, Model model) {
        model.addAttribute("map", positions.map(user));
        model.addAttribute("here", "/delivery/map");
        return "delivery/map";
    }
}
