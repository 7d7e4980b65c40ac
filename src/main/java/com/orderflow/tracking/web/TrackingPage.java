package com.orderflow.tracking.web;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.PageFormats;
import com.orderflow.tracking.TrackedOrder;
import com.orderflow.tracking.TrackingLinks;

/**
 * The public tracking page (K1), opened from the QR code on the bill or the link in a message, by
 * people who have no login. It is rendered here with the customer's language from the order rather
 * than through the view resolver, which would take the language from the visitor's cookie.
 */
@Controller
class TrackingPage {
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    private final TrackingLinks links;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ShopClock clock;
    // One body for every token that does not open a page, so an answer tells nothing about why.
    private final String notFound;

    TrackingPage(TrackingLinks links, ITemplateEngine templates, MessageSource messages, ShopClock clock) {
        this.links = links;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
        this.notFound = templates.process("tracking/not-found", new Context(Locale.ENGLISH));
    }

    @GetMapping("/track/{token}")
    ResponseEntity<String> show(@PathVariable String token) {
        return links.track(token).map(this::page)
                .orElseGet(() -> respond(HttpStatus.NOT_FOUND, notFound));
    }

    private ResponseEntity<String> page(TrackedOrder order) {
        Locale locale = Locale.forLanguageTag(order.language() == null ? "en" : order.language());
        Context context = new Context(locale, Map.of("order", order,
                "fmt", new PageFormats(clock.zone(), locale, clock.now(), messages)));
        return respond(HttpStatus.OK, templates.process("tracking/order", context));
    }

    private static ResponseEntity<String> respond(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                // the token is the whole secret: keep it out of Referer headers and search engines
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(body);
    }
}
