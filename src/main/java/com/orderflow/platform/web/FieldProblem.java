package com.orderflow.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One bad field of a request: its path (e.g. {@code lines[1].quantity}) and the rule it broke. */
public record FieldProblem(String field, String message) {

    /** Problems as a page shows them beside its fields: field → its rules, joined by "; ". */
    public static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b);
        }
        return byField;
    }
}
