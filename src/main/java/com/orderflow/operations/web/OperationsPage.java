package com.orderflow.operations.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.operations.BackupDesk;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.PageFormats;

/** The admin's backups page (/operations/backups): the archives, Back up now, the latest consistency report, Check now. */
@Controller
class OperationsPage {
    private final BackupDesk desk;
    private final ShopClock clock;
    private final MessageSource messages;

    OperationsPage(BackupDesk desk, ShopClock clock, MessageSource messages) {
        this.desk = desk;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/operations/backups")
    String backups(CurrentUser user, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("overview", desk.overview(user));
        model.addAttribute("report", desk.latestReport(user).orElse(null));
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/operations/backups");
        return "operations/backups";
    }

    @PostMapping("/operations/backups")
    String backUpNow(CurrentUser user, RedirectAttributes redirect) {
        desk.backUpNow(user);
        redirect.addFlashAttribute("flash", "operations.backupStarted");
        return "redirect:/operations/backups";
    }

    @PostMapping("/operations/consistency")
    String checkNow(CurrentUser user, RedirectAttributes redirect) {
        desk.checkNow(user);
        redirect.addFlashAttribute("flash", "operations.checkStarted");
        return "redirect:/operations/backups";
    }
}
