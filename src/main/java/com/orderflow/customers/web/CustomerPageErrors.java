package com.orderflow.customers.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.platform.web.PageFormats;

/**
 * On the customer's pages, someone else's order, an unknown one and a bill not yet issued all get
 * the same plain page in the customer's frame (never the staff error page with its navigation).
 */
@ControllerAdvice(assignableTypes = {AccountPages.class, ShopPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CustomerPageErrors {
    private final MessageSource messages;
    private final ShopClock clock;

    CustomerPageErrors(MessageSource messages, ShopClock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("fmt", new PageFormats(clock.zone(), locale, clock.now(), messages));
        model.addAttribute("here", "/my");
        return "customers/not-found";
    }
}
