package com.orderflow.inventory.web;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.orderflow.inventory.StockShortageException;

/** Out of stock as RFC 7807 problem details: 409, with the short line(s) named in {@code errors}. */
@RestControllerAdvice(assignableTypes = StockApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StockProblemAdvice {
    private static final URI OUT_OF_STOCK = URI.create("https://orderflow.example/problems/out-of-stock");

    @ExceptionHandler(StockShortageException.class)
    ResponseEntity<ProblemDetail> outOfStock(StockShortageException ex) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        body.setType(OUT_OF_STOCK);
        body.setTitle("Out of stock");
        body.setProperty("errors", ex.problems());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }
}
