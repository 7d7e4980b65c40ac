package com.orderflow.platform.web;

import java.security.Principal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors on pages become a page in the reader's language, with the status an HTTP client expects.
 * Ordered after {@link ProblemDetailsAdvice}, which answers API controllers with problem details
 * first; what reaches this advice comes from page controllers.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
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

    /** A form the page did not check itself: a 400 page that names each field and its rule. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, Principal principal) {
        return page(HttpStatus.BAD_REQUEST, e.problems().stream().map(p -> p.field() + ": " + p.message())
                .collect(java.util.stream.Collectors.joining("; ")), principal);
    }

    /** A query parameter or form field of the wrong type (a date, a number, a choice): a 400 page naming it. */
    @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
    ModelAndView wrongType(org.springframework.beans.TypeMismatchException e, Principal principal) {
        FieldProblem problem = InputProblems.of(e);
        return page(HttpStatus.BAD_REQUEST, problem.field() + ": " + problem.message(), principal);
    }

    private static ModelAndView page(HttpStatus status, String detail, Principal principal) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        page.addObject("me", PageUser.of(principal));
        return page;
    }
}
