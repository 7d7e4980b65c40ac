package com.orderflow.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.billing.CashUpService;
import com.orderflow.billing.CashUpView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.PageProblems;

/**
 * The day-end cash-up page (billers, admins): the day's money per source and payment mode, the cash
 * the till should hold, a form to record the cash counted, and the day's counts with any shortfall.
 */
@Controller
class CashUpPages {
    private final CashUpService cashUp;
    private final ShopClock clock;
    private final MessageSource messages;

    CashUpPages(CashUpService cashUp, ShopClock clock, MessageSource messages) {
        this.cashUp = cashUp;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/cash-up")
    String day(@RequestParam(required = false) String day, CurrentUser user, Model model, Locale locale,
            HttpServletResponse response) {
        LocalDate shopDay;
        try {
            shopDay = parse(day);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", PageProblems.localized(e.problems(), messages, locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            shopDay = null;
        }
        return show(cashUp.day(shopDay, user), "", "", model, locale);
    }

    @PostMapping("/cash-up")
    String count(@RequestParam(required = false) String day, @RequestParam(defaultValue = "") String countedCash,
            @RequestParam(defaultValue = "") String note, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate shopDay = null;
        BigDecimal counted = null;
        try {
            shopDay = parse(day);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        try {
            counted = new BigDecimal(countedCash.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("countedCash", "must be an amount in rupees, e.g. 4500 or 4500.50"));
        }
        try {
            if (problems.isEmpty()) {
                CashUpView view = cashUp.count(shopDay, counted, note, user);
                redirect.addFlashAttribute("flash", "billing.cashup.saved");
                return "redirect:/cash-up?day=" + view.day();
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        model.addAttribute("errors", PageProblems.localized(problems, messages, locale));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return show(cashUp.day(problems.stream().anyMatch(p -> p.field().equals("day")) ? null : shopDay, user),
                countedCash, note, model, locale);
    }

    private String show(CashUpView view, String countedCash, String note, Model model, Locale locale) {
        model.addAttribute("cashUp", view);
        model.addAttribute("isToday", view.day().equals(clock.today()));
        model.addAttribute("countedCash", countedCash);
        model.addAttribute("note", note);
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/cash-up?day=" + view.day());
        return "billing/cash-up";
    }

    private static LocalDate parse(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "must be a date like 2026-11-23");
        }
    }
}
