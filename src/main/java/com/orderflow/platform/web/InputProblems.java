package com.orderflow.platform.web;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Input that could not be read, as the one bad field and its rule: for a JSON body the field's path
 * (e.g. {@code lines[1].quantity}) where it is known, else {@code body}; for a query parameter, form
 * field or path part its name.
 */
final class InputProblems {
    private static final String BODY = "body";

    private InputProblems() {
    }

    /** A query parameter, form field or path part that could not be turned into its type. */
    static FieldProblem of(TypeMismatchException ex) {
        String field = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(ex.getPropertyName());
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null && cause.getMessage().startsWith("must ")) {
            return new FieldProblem(field, cause.getMessage());
        }
        Class<?> type = ex.getRequiredType();
        return new FieldProblem(field, "must be " + (type != null && type.isEnum() ? "" : "a ") + simpleType(type));
    }

    static FieldProblem of(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonInputConfig.RefusedValue refused) {
            return new FieldProblem(pathOr(refused, BODY), refused.getOriginalMessage());
        }
        StreamReadException syntax = find(cause, StreamReadException.class);
        if (syntax != null) {
            String message = syntax.getOriginalMessage() == null ? "" : syntax.getOriginalMessage();
            if (message.startsWith("Duplicate field")) {
                return new FieldProblem(pathOf(syntax.getProcessor()), "is sent twice: send each field once");
            }
            return new FieldProblem(BODY, "is not valid JSON" + (syntax.getLocation() == null ? ""
                    : " (line " + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr() + ")"));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            if (mismatch.getPath().isEmpty()) {
                String message = String.valueOf(mismatch.getOriginalMessage());
                return new FieldProblem(BODY, message.startsWith("Trailing token")
                        ? "has more after the JSON value: send exactly one JSON value"
                        : "is not valid JSON for this request");
            }
            return new FieldProblem(pathOr(mismatch, BODY), rule(mismatch));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new FieldProblem(pathOr(mapping, BODY), "has a value this request cannot take");
        }
        return new FieldProblem(BODY, "is not valid JSON for this request");
    }

    private static String rule(MismatchedInputException mismatch) {
        Class<?> type = mismatch.getTargetType();
        if (mismatch instanceof InvalidFormatException bad) {
            String value = String.valueOf(bad.getValue());
            if (type != null && isWholeNumber(type)) {
                return "must be a whole number; '" + value + "' is not one";
            }
            return "has the wrong format: '" + value + "' is not " + (type != null && type.isEnum() ? "" : "a ")
                    + simpleType(type);
        }
        return "has the wrong type" + (type == null ? "" : ": it must be " + (type.isEnum() ? "" : "a ") + simpleType(type));
    }

    private static boolean isWholeNumber(Class<?> type) {
        return List.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class).contains(type);
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String pathOr(JsonMappingException ex, String otherwise) {
        StringBuilder path = new StringBuilder();
        for (var ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? otherwise : path.toString();
    }

    /** Where the parser stood: {@code lines[0].sku} for a field sent twice in the first line. */
    private static String pathOf(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return BODY;
        }
        Deque<Object> segments = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                segments.push(context.getCurrentName());
            } else if (context.inArray()) {
                segments.push(Math.max(0, context.getCurrentIndex()));
            }
        }
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment);
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static <T extends Throwable> T find(Throwable from, Class<T> type) {
        for (Throwable t = from; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
