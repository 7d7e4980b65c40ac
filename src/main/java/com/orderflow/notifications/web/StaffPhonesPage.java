package com.orderflow.notifications.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.notifications.StaffDirectory;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.PageProblems;

/**
 * The staff phones page (/notifications/staff-phones, admins): every login with the number customers
 * are given for him and reports are sent to, a form per person to set or change it, and a button to
 * remove it. {@link StaffDirectory} checks the role and the number, exactly as for the API; a bad
 * number is shown beside its person's field in the reader's language and nothing is saved.
 */
@Controller
class StaffPhonesPage {
    private static final String PATH = "/notifications/staff-phones";

    private final StaffDirectory staff;
    private final MessageSource labels;
    private final MessageSource pageMessages;
    private final ShopClock clock;

    StaffPhonesPage(StaffDirectory staff, @Qualifier("notificationMessages") MessageSource labels,
            MessageSource pageMessages, ShopClock clock) {
        this.staff = staff;
        this.labels = labels;
        this.pageMessages = pageMessages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(CurrentUser user, Model model, Locale locale) {
        return show(null, null, null, user, model, locale);
    }

    @PostMapping(PATH + "/{userId}")
    String set(@PathVariable String userId, @RequestParam(defaultValue = "") String phone, CurrentUser user,
            Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            staff.setPhone(userId, phone, user);
            redirect.addFlashAttribute("saved", userId);
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String error = PageProblems.localized(e.problems(), pageMessages, locale).get("phone");
            return show(userId, phone, error, user, model, locale);
        }
    }

    @PostMapping(PATH + "/{userId}/remove")
    String remove(@PathVariable String userId, CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute(staff.removePhone(userId, user) ? "removed" : "hadNone", userId);
        return "redirect:" + PATH;
    }

    /** The list; after a refused number, that person's field keeps what was typed, with the problem beside it. */
    private String show(String failedUser, String typed, String error, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("staff", staff.staffWithPhones(user));
        model.addAttribute("typed", failedUser == null ? Map.of() : Map.of(failedUser, typed));
        model.addAttribute("errors", failedUser == null ? Map.of() : Map.of(failedUser, error == null ? "" : error));
        model.addAttribute("t", new OutboxPage.Labels(labels, locale));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), pageMessages));
        model.addAttribute("here", PATH);
        return "notifications/staff-phones";
    }
}
