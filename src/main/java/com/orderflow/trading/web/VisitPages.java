package com.orderflow.trading.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.trading.Installations;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The technician's phone page (field service), modelled on the delivery boy's: his own visits only
 * ({@code /trading/visits}), one visit with the customer to call and find, the photo and the
 * customer's signature, and the end of the visit with its checklist. Installations checks who may
 * see and do what; a refusal is shown in his language, naming the field.
 */
@Controller
class VisitPages {
    private final Installations installations;
    private final ShopClock clock;
    private final MessageSource messages;

    VisitPages(Installations installations, ShopClock clock, MessageSource messages) {
        this.installations = installations;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/trading/visits")
    String mine(CurrentUser user, Model model, Locale locale) {
        model.addAttribute("visits", installations.myVisits(user));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/trading/visits");
        return "trading/visits";
    }

    @GetMapping("/trading/visits/{id}")
    String one(@PathVariable long id, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("visit", installations.visit(id, user));
        model.addAttribute("checklist", Installations.checklist());
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/trading/visits/" + id);
        return "trading/visit";
    }

    @PostMapping("/trading/visits/{id}/photo")
    String photo(@PathVariable long id, @RequestParam(name = "image", required = false) MultipartFile image,
            @RequestParam(defaultValue = "photo") String kind, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        byte[] bytes = image == null ? new byte[0] : image.getBytes();
        try {
            if ("signature".equals(kind)) {
                installations.signature(id, bytes, user);
            } else {
                installations.photo(id, bytes, user);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/trading/visits/" + id;
        } catch (InvalidInputException e) {
            return refused(id, e, user, model, locale, response);
        }
    }

    @PostMapping("/trading/visits/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(name = "checklist", required = false) List<String> checklist,
            @RequestParam(required = false) String note, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            installations.complete(id, new Installations.VisitCompletion(outcome, checklist == null ? List.of() : checklist,
                    note), user);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/trading/visits";
        } catch (RuntimeException e) {
            // the visit task's listener refuses it inside the engine, which wraps the refusal
            InvalidInputException refusal = refusalIn(e);
            model.addAttribute("note", note);
            return refused(id, refusal, user, model, locale, response);
        }
    }

    private static InvalidInputException refusalIn(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refusal) {
                return refusal;
            }
        }
        throw thrown;
    }

    private String refused(long id, InvalidInputException e, CurrentUser user, Model model, Locale locale,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", e.problems());
        return one(id, user, model, locale);
    }
}
