package com.orderflow.customers.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.orderflow.customers.CustomerOrders;
import com.orderflow.customers.CustomerProfile;
import com.orderflow.customers.CustomerSettings;
import com.orderflow.customers.Ratings;
import com.orderflow.loyalty.Loyalty;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.platform.web.RuleTexts;

/**
 * The customer's own orders (F8): the list with their loyalty points, one order with its live
 * timeline, its bill, cancelling and rating it once delivered.
 */
@Controller
class AccountPages {
    private final CustomerSession session;
    private final CustomerOrders orders;
    private final int refreshSeconds;
    private final MessageSource messages;
    private final ShopClock clock;
    private final Ratings ratings;
    private final Loyalty loyalty;

    AccountPages(CustomerSession session, CustomerOrders orders, CustomerSettings settings, MessageSource messages,
            ShopClock clock, Ratings ratings, Loyalty loyalty) {
        this.session = session;
        this.orders = orders;
        this.ratings = ratings;
        this.loyalty = loyalty;
        this.refreshSeconds = settings.getRefreshSeconds();
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/my")
    String myOrders(Model model, Locale locale) {
        CustomerProfile me = session.current();
        model.addAttribute("me", me);
        model.addAttribute("orders", orders.list(me));
        model.addAttribute("points", loyalty.of(me.phone()));
        return page(model, locale, "/my", "customers/orders");
    }

    @GetMapping("/my/orders/{number}")
    String order(@PathVariable String number, Model model, Locale locale) {
        CustomerProfile me = session.current();
        CustomerOrders.OrderDetail detail = orders.detail(me, number);
        model.addAttribute("me", me);
        model.addAttribute("detail", detail);
        model.addAttribute("refreshSeconds", refreshSeconds);
        model.addAttribute("rating", ratings.of(me, number).orElse(null));
        return page(model, locale, "/my/orders/" + detail.order().number(), "customers/order");
    }

    /** The order's timeline as the page redraws it while the customer watches. */
    @GetMapping(value = "/my/orders/{number}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<List<Map<String, String>>> timeline(@PathVariable String number, Locale locale) {
        PageFormats fmt = formats(locale);
        List<Map<String, String>> steps = orders.timeline(session.current(), number).stream()
                .map((TimelineEntry step) -> Map.of("status", step.to().name(),
                        "label", messages.getMessage("status." + step.to().name(), null, step.to().name(), locale),
                        "at", step.at().toString(), "when", fmt.when(step.at())))
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(steps);
    }

    @GetMapping(value = "/my/orders/{number}/bill.pdf")
    ResponseEntity<byte[]> bill(@PathVariable String number) {
        byte[] pdf = orders.billPdf(session.current(), number);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bill-" + number.strip() + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/my/orders/{number}/cancel")
    String cancel(@PathVariable String number, @RequestParam(defaultValue = "") String reason, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        CustomerProfile me = session.current();
        try {
            orders.cancel(me, number, reason);
            redirect.addFlashAttribute("flash", "customers.order.cancelled");
            return "redirect:/my/orders/" + number;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", RuleTexts.of(e.problems(), messages, locale));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        } catch (ConflictException | AccessDeniedException e) {
            model.addAttribute("errors", List.of(messages.getMessage("customers.order.cannotCancel", null, locale)));
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return order(number, model, locale);
    }

    /** Rates a delivered order once (1–5); below 4 the customer says what went wrong. */
    @PostMapping("/my/orders/{number}/rating")
    String rate(@PathVariable String number, @RequestParam(required = false) String stars,
            @RequestParam(defaultValue = "") String comment, Model model, Locale locale, RedirectAttributes redirect,
            HttpServletResponse response) {
        CustomerProfile me = session.current();
        try {
            Ratings.RatingView rated = ratings.rate(me, number, wholeNumber(stars), comment);
            redirect.addFlashAttribute("flash", rated.ticketNumber() == null ? "customers.rating.thanks"
                    : "customers.rating.sorry");
            return "redirect:/my/orders/" + number;
        } catch (InvalidInputException e) {
            model.addAttribute("ratingErrors", RuleTexts.of(e.problems(), messages, locale));
            model.addAttribute("comment", comment);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return order(number, model, locale);
    }

    /** "3" as 3; anything that is not a whole number as 0, which the rating refuses by name. */
    private static Integer wholeNumber(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String page(Model model, Locale locale, String here, String view) {
        model.addAttribute("fmt", formats(locale));
        model.addAttribute("here", here);
        return view;
    }

    private PageFormats formats(Locale locale) {
        return new PageFormats(clock.zone(), locale, clock.now(), messages);
    }
}
