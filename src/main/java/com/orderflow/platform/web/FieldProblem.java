package com.orderflow.platform.web;

/** One bad field of a request: its path (e.g. {@code lines[1].quantity}) and the rule it broke. */
public record FieldProblem(String field, String message) {
}
