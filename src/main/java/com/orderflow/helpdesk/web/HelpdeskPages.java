package com.orderflow.helpdesk.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.TicketPhotoFile;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;

/**
 * The help desk's pages for staff: open tickets ({@code /helpdesk}) and one ticket with its
 * messages and the answer box ({@code /helpdesk/{number}}), the page Tasklist's forms link to.
 * Pages show and forward; the help desk checks roles and rules.
 */
@Controller
class HelpdeskPages {
    private final HelpDesk helpDesk;
    private final ShopClock clock;
    private final MessageSource messages;

    HelpdeskPages(HelpDesk helpDesk, ShopClock clock, MessageSource messages) {
        this.helpDesk = helpDesk;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/helpdesk")
    String list(@RequestParam(defaultValue = "false") boolean all, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("tickets", helpDesk.list(!all, user));
        model.addAttribute("all", all);
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/helpdesk");
        return "helpdesk/tickets";
    }

    @GetMapping("/helpdesk/{number}")
    String show(@PathVariable String number, CurrentUser user, Model model, Locale locale) {
        model.addAttribute("ticket", helpDesk.get(number, user));
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", "/helpdesk/" + number);
        return "helpdesk/ticket";
    }

    /** A customer's photo on a ticket, for staff who work tickets. */
    @GetMapping("/helpdesk/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable long id, CurrentUser user) {
        return send(helpDesk.photo(id, user));
    }

    /** A ticket photo as a private, never-guessed-at picture (the browser must not sniff another type). */
    private static ResponseEntity<byte[]> send(TicketPhotoFile photo) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noCache().cachePrivate())
                .body(photo.bytes());
    }

    @PostMapping("/helpdesk/{number}/reply")
    String reply(@PathVariable String number, @RequestParam(required = false) String reply,
            @RequestParam(defaultValue = "false") boolean close, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            helpDesk.reply(number, reply, close, user);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/helpdesk/" + number;
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e.problems());
            model.addAttribute("reply", reply);
            return show(number, user, model, locale);
        }
    }

    private PageFormats formats(Locale locale) {
        return new PageFormats(clock.zone(), locale, clock.now(), messages);
    }
}
