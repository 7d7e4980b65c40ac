package com.orderflow.delivery.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import com.orderflow.delivery.DeliveryCash;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;

/**
 * The day-end cash hand-over (issue 12): per delivery boy, what his delivered stops collected in
 * cash and by UPI on a shop day against what was due, and the cash he hands over, typed by the
 * dispatcher or biller; a shortfall needs a note and is flagged. {@link DeliveryCash} checks who may.
 */
@Controller
class CashPages {
    private final DeliveryCash cash;
    private final ShopClock clock;
    private final MessageSource messages;

    CashPages(DeliveryCash cash, ShopClock clock, MessageSource messages) {
        this.cash = cash;
        this.clock = clock;
        this.messages = messages;
    }

    /** What was typed for one boy, to show it again with its problems. */
    record HandoverForm(String deliveryBoy, String handedOver, String note) {
    }

    @GetMapping("/delivery/cash")
    String day(@RequestParam(required = false) String day, CurrentUser user, Model model, Locale locale,
            HttpServletResponse response) {
        LocalDate shown = clock.today();
        if (day != null && !day.isBlank()) {
            try {
                shown = LocalDate.parse(day.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("dayError", "day: must be a date as 2026-11-23");
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        show(shown, user, model, locale);
        return "delivery/cash";
    }

    @PostMapping("/delivery/cash/hand-over")
    String handOver(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String deliveryBoy,
            @RequestParam(defaultValue = "") String handedOver, @RequestParam(defaultValue = "") String note,
            CurrentUser user, Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        LocalDate shown = clock.today();
        try {
            shown = parseDay(day);
            cash.handOver(shown, deliveryBoy, amount(handedOver), note, user);
            redirect.addFlashAttribute("flash", "delivery.cash.recorded");
            return "redirect:" + UriComponentsBuilder.fromPath("/delivery/cash").queryParam("day", shown).build();
        } catch (InvalidInputException e) {
            model.addAttribute("handoverErrors", e.byField());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            model.addAttribute("handoverErrors", Map.of("deliveryBoy", e.getMessage()));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        model.addAttribute("handoverForm", new HandoverForm(deliveryBoy, handedOver, note));
        show(shown, user, model, locale);
        return "delivery/cash";
    }

    private void show(LocalDate day, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("cash", cash.day(day, user));
        model.addAttribute("today", clock.today());
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/delivery/cash");
    }

    private static LocalDate parseDay(String day) {
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "must be a date as 2026-11-23");
        }
    }

    /** The rupees typed ("1,250.50" or "1250.5"); a field problem when it is not a number. */
    private static BigDecimal amount(String typed) {
        String plain = typed.strip().replace(",", "").replace("₹", "");
        if (plain.isEmpty()) {
            throw new InvalidInputException("handedOver", "must be the rupees handed over, zero or more");
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("handedOver", "must be a number of rupees, as 1250.50");
        }
    }
}
