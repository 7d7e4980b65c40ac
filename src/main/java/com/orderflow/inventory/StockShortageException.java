package com.orderflow.inventory;

import java.util.List;

import com.orderflow.platform.web.FieldProblem;

/**
 * There is not enough stock where the request may take it from; answered 409 with every short line
 * named. Nothing was changed. An order process that consumes stock turns this into a business outcome.
 */
public class StockShortageException extends RuntimeException {
    private final List<FieldProblem> problems;

    public StockShortageException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).message() : problems.size() + " lines are short of stock");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
