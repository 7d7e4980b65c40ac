package com.orderflow.trading.web;

import java.nio.charset.StandardCharsets;
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
import com.orderflow.trading.TrackedTradingOrder;
import com.orderflow.trading.TradingTracking;
import com.orderflow.trading.WarrantyRegistry;

/**
 * The trading customer's public pages behind the signed links in his messages (E2): the tracking
 * page (the seed's timeline with each moment's progress, the courier's AWB and live scans, the
 * promise and the delivery code) and the warranty card PDF. Rendered in the customer's language
 * from the order, like the shop's tracking page; every token that opens nothing gets the same 404.
 */
@Controller
class TradingPublicPages {
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final TradingTracking tracking;
    private final WarrantyRegistry warranties;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ShopClock clock;
    private final String notFound;

    TradingPublicPages(TradingTracking tracking, WarrantyRegistry warranties, ITemplateEngine templates,
            MessageSource messages, ShopClock clock) {
        this.tracking = tracking;
        this.warranties = warranties;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
        this.notFound = templates.process("tracking/not-found", new Context(Locale.ENGLISH));
    }

    @GetMapping("/trading/public/track/{token}")
    ResponseEntity<String> track(@PathVariable String token) {
        return tracking.track(token).map(this::page).orElseGet(() -> respond(HttpStatus.NOT_FOUND, HTML, notFound));
    }

    @GetMapping("/trading/public/warranty/{token}/card.pdf")
    ResponseEntity<?> card(@PathVariable String token) {
        return warranties.card(token).<ResponseEntity<?>>map(pdf -> respond(HttpStatus.OK, MediaType.APPLICATION_PDF, pdf))
                .orElseGet(() -> respond(HttpStatus.NOT_FOUND, HTML, notFound));
    }

    private ResponseEntity<String> page(TrackedTradingOrder order) {
        Locale locale = Locale.forLanguageTag(order.language() == null ? "en" : order.language());
        Context context = new Context(locale, Map.of("order", order,
                "fmt", new PageFormats(clock.zone(), locale, clock.now(), messages)));
        return respond(HttpStatus.OK, HTML, templates.process("trading/track", context));
    }

    private static <T> ResponseEntity<T> respond(HttpStatus status, MediaType type, T body) {
        return ResponseEntity.status(status).contentType(type).cacheControl(CacheControl.noStore())
                // the token is the whole secret: keep it out of Referer headers and search engines
                .header("Referrer-Policy", "no-referrer").header("X-Robots-Tag", "noindex, nofollow").body(body);
    }
}
