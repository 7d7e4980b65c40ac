package com.orderflow.platform.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One bad field of a request: its path (e.g. {@code lines[1].quantity}) and the rule it broke, in
 * English (the API's problem details, logs). A rule may also carry a message key with its arguments
 * ({@link #rule(String, String, String, Object...)}), so that a page shows it in the reader's language.
 */
public record FieldProblem(String field, String message, @JsonIgnore String key, @JsonIgnore List<String> arguments) {

    public FieldProblem(String field, String message) {
        this(field, message, null, List.of());
    }

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /**
     * A broken rule in English ({@code message}) and as the message key a page looks up in the
     * reader's language, with its arguments (given as text, so that numbers keep their digits).
     */
    public static FieldProblem rule(String field, String message, String key, Object... arguments) {
        return new FieldProblem(field, message, key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The rule in the reader's language where a translation exists, else in English. */
    public String message(MessageSource messages, Locale locale) {
        return key == null ? message : messages.getMessage(key, arguments.toArray(), message, locale);
    }

    /** Problems as a page shows them beside its fields: field → its rules, joined by "; ". */
    public static Map<String, String> byField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b);
        }
        return byField;
    }

    /** {@link #byField(List)} in the reader's language. */
    public static Map<String, String> byField(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.merge(problem.field(), problem.message(messages, locale), (a, b) -> a + "; " + b);
        }
        return byField;
    }
}
