package com.orderflow.customers.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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

import com.orderflow.customers.CustomerOrders;
import com.orderflow.customers.CustomerProfile;
import com.orderflow.customers.CustomerSupport;
import com.orderflow.helpdesk.TicketPhotoFile;
import com.orderflow.helpdesk.TicketView;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.RuleTexts;

/** The customer's help (F10, S3): their tickets, a new one on one of their orders, one ticket with the answers. */
@Controller
class SupportPages {
    private final CustomerSession session;
    private final CustomerSupport support;
    private final CustomerOrders orders;
    private final MessageSource messages;
    private final ShopClock clock;

    SupportPages(CustomerSession session, CustomerSupport support, CustomerOrders orders, MessageSource messages,
            ShopClock clock) {
        this.session = session;
        this.support = support;
        this.orders = orders;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/my/help")
    String help(@RequestParam(required = false) String order, Model model, Locale locale) {
        CustomerProfile me = session.current();
        model.addAttribute("me", me);
        model.addAttribute("tickets", support.tickets(me));
        model.addAttribute("orders", orders.list(me));
        model.addAttribute("chosen", order);
        return page(model, locale, "/my/help", "customers/help");
    }

    @PostMapping("/my/help")
    String open(@RequestParam(defaultValue = "") String orderNumber, @RequestParam(defaultValue = "") String message,
            @RequestParam(required = false) MultipartFile photo, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        CustomerProfile me = session.current();
        try {
            TicketView ticket = support.open(me, orderNumber, message, bytes(photo));
            redirect.addFlashAttribute("flash", "customers.help.opened");
            return "redirect:/my/help/" + ticket.number();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", RuleTexts.of(e.problems(), messages, locale));
            model.addAttribute("message", message);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return help(orderNumber, model, locale);
    }

    @GetMapping("/my/help/{number}")
    String ticket(@PathVariable String number, Model model, Locale locale) {
        CustomerProfile me = session.current();
        TicketView ticket = support.ticket(me, number);
        model.addAttribute("me", me);
        model.addAttribute("ticket", ticket);
        return page(model, locale, "/my/help/" + ticket.number(), "customers/ticket");
    }

    @PostMapping("/my/help/{number}")
    String write(@PathVariable String number, @RequestParam(defaultValue = "") String message,
            @RequestParam(required = false) MultipartFile photo, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        CustomerProfile me = session.current();
        try {
            support.write(me, number, message, bytes(photo));
            redirect.addFlashAttribute("flash", "customers.help.sent");
            return "redirect:/my/help/" + number;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", RuleTexts.of(e.problems(), messages, locale));
            model.addAttribute("message", message);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException e) {
            model.addAttribute("errors", List.of(messages.getMessage("customers.help.closed", null, locale)));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return ticket(number, model, locale);
    }

    /** A photo on the customer's own ticket; another customer's is not found. */
    @GetMapping("/my/help/{number}/photos/{id}")
    ResponseEntity<byte[]> photo(@PathVariable String number, @PathVariable long id) {
        TicketPhotoFile photo = support.photo(session.current(), number, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noCache().cachePrivate())
                .body(photo.bytes());
    }

    /** The uploaded file's bytes (none chosen: null); one that cannot be read is refused naming the field. */
    private static byte[] bytes(MultipartFile photo) {
        if (photo == null || photo.isEmpty()) {
            return null;
        }
        try {
            return photo.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException("photo", "could not be read completely: send it again");
        }
    }

    private String page(Model model, Locale locale, String here, String view) {
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", here);
        return view;
    }
}
