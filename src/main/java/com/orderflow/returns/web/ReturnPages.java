package com.orderflow.returns.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.returns.NewReturn;
import com.orderflow.returns.PackOutcome;
import com.orderflow.returns.ReturnReason;
import com.orderflow.returns.ReturnService;

/**
 * The returns pages: open returns and Customer Care's form to open one with a photo
 * ({@code /returns}), one return with its photo, decision, refund and goods ({@code /returns/{number}}),
 * and the photo itself, only for staff who may see returns. Pages show and forward; the service
 * checks roles and rules.
 */
@Controller
class ReturnPages {
    private final ReturnService returns;
    private final OrderService orders;
    private final ShopClock clock;
    private final MessageSource messages;

    ReturnPages(ReturnService returns, OrderService orders, ShopClock clock, MessageSource messages) {
        this.returns = returns;
        this.orders = orders;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/returns")
    String list(@RequestParam(required = false) String order, @RequestParam(defaultValue = "false") boolean all,
            CurrentUser user, Model model, Locale locale) {
        model.addAttribute("returns", returns.list(all, user));
        model.addAttribute("all", all);
        model.addAttribute("mayOpen", returns.mayOpen(user));
        model.addAttribute("reasons", ReturnReason.values());
        if (order != null && !order.isBlank() && returns.mayOpen(user)) {
            OrderView found = orders.get(order.strip().toUpperCase(Locale.ROOT), user);
            model.addAttribute("order", found);
            model.addAttribute("orderDelivered", found.status() == OrderStatus.DELIVERED);
        }
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/returns");
        return "returns/returns";
    }

    /** Customer Care's form: a quantity per line of the order (0 = not returned), reason, notes, photo. */
    @PostMapping("/returns")
    String open(@RequestParam Map<String, String> form, @RequestParam(value = "photo", required = false) MultipartFile photo,
            CurrentUser user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        String orderNumber = form.getOrDefault("orderNumber", "").strip();
        List<NewReturn.Line> lines = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        form.forEach((key, value) -> {
            if (key.startsWith("qty.") && !value.isBlank()) {
                try {
                    int quantity = Integer.parseInt(value.strip());
                    if (quantity != 0) {
                        lines.add(new NewReturn.Line(key.substring("qty.".length()), quantity));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(key, "must be a whole number"));
                }
            }
        });
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            var opened = returns.open(new NewReturn(orderNumber, lines, form.get("reason"), form.get("notes")),
                    ReturnApi.bytes(photo), user);
            redirect.addFlashAttribute("saved", opened.number());
            return "redirect:/returns/" + opened.number();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e.problems());
            model.addAttribute("form", form);
            return list(orderNumber, false, user, model, locale);
        }
    }

    @GetMapping("/returns/{number}")
    String show(@PathVariable String number, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("ret", returns.get(number, user));
        model.addAttribute("mayInspect", returns.mayInspect(user));
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/returns/" + number);
        return "returns/return";
    }

    @PostMapping("/returns/{number}/packs/{packId}")
    String inspect(@PathVariable String number, @PathVariable long packId, @RequestParam String outcome,
            CurrentUser user, RedirectAttributes redirect) {
        PackOutcome chosen;
        try {
            chosen = PackOutcome.valueOf(outcome);
        } catch (IllegalArgumentException unknown) {
            // never guess: an unknown choice must not scrap good packs
            throw new InvalidInputException("outcome", "must be RESTOCKED or SCRAPPED, not '" + outcome + "'");
        }
        returns.inspectPack(number, packId, chosen, user);
        redirect.addFlashAttribute("inspected", chosen.name());
        return "redirect:/returns/" + number;
    }

    /** The photo, never cached by shared caches and never sniffed into something else by the browser. */
    @GetMapping("/returns/{number}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String number, CurrentUser user) {
        return returns.photo(number, user)
                .map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.type()))
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(p.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private PageFormats formats(Locale locale) {
        return new PageFormats(clock.zone(), locale, clock.now(), messages);
    }
}
