package com.orderflow.platform.web;

import java.util.List;
import java.util.Map;

/** A request broke business rules; answered 400 with every bad field named. Nothing was saved. */
public class InvalidInputException extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s): " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The problems as a page shows them beside its fields (see {@link FieldProblem#byField}). */
    public Map<String, String> byField() {
        return FieldProblem.byField(problems);
    }
}
