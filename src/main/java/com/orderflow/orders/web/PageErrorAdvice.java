package com.orderflow.orders.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.NotFoundException;

/**
 * Errors on pages become a page in the reader's language, with the status an HTTP client expects.
 * Limited to the page controllers by type: selecting by {@code @Controller} would also select every
 * {@code @RestController} (the annotation is meta-annotated with it), and then API clients would
 * get HTML instead of problem details whenever this advice happens to be ordered first.
 */
@ControllerAdvice(assignableTypes = OrderPages.class)
class PageErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, Principal principal) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), principal);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, Principal principal) {
        return page(HttpStatus.FORBIDDEN, e.getMessage(), principal);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, Principal principal) {
        return page(HttpStatus.CONFLICT, e.getMessage(), principal);
    }

    private static ModelAndView page(HttpStatus status, String detail, Principal principal) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("me", OrderPages.Me.of(principal));
        return page;
    }
}
