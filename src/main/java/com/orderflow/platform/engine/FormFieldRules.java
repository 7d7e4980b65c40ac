package com.orderflow.platform.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.orderflow.platform.web.FieldProblem;

/** The rules of each kind of form field (see {@link FormValues}), and the value the engine stores for it. */
final class FormFieldRules {
    private FormFieldRules() {
    }

    /** The value to store for a submitted field (null when absent or refused); broken rules go to problems. */
    static Object value(FormField field, Object raw, boolean shown, List<FieldProblem> problems) {
        boolean blank = raw == null || raw instanceof String text && text.isBlank();
        String key = field.key();
        if (blank) {
            if (field.required() && shown) {
                problems.add(new FieldProblem(key, "is required"));
            }
            return null;
        }
        return switch (field.type()) {
            case "number" -> number(field, raw, problems);
            case "checkbox" -> checkbox(field, raw, shown, problems);
            case "select", "radio" -> choice(field, raw, problems);
            case "datetime" -> dateTime(field, raw, problems);
            default -> text(field, raw, problems);
        };
    }

    private static Object number(FormField field, Object raw, List<FieldProblem> problems) {
        BigDecimal number;
        try {
            number = raw instanceof BigDecimal decimal ? decimal : new BigDecimal(raw.toString().strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field.key(), "must be a number, not '" + raw + "'"));
            return null;
        }
        String shown = number.stripTrailingZeros().toPlainString();
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            problems.add(new FieldProblem(field.key(), "must be at least " + field.min().toPlainString()
                    + " (was " + shown + ")"));
        } else if (field.max() != null && number.compareTo(field.max()) > 0) {
            problems.add(new FieldProblem(field.key(), "must be at most " + field.max().toPlainString()
                    + " (was " + shown + ")"));
        } else if (field.decimalDigits() != null && Math.max(0, number.stripTrailingZeros().scale())
                > field.decimalDigits()) {
            problems.add(new FieldProblem(field.key(), field.decimalDigits() == 0 ? "must be a whole number (was "
                    + shown + ")" : "may have at most " + field.decimalDigits() + " decimal places (was " + shown + ")"));
        } else if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
            problems.add(new FieldProblem(field.key(), "is too large (was " + shown + ")"));
        } else {
            BigDecimal exact = number.stripTrailingZeros();
            return exact.scale() <= 0 ? (Object) exact.longValueExact() : (Object) exact.doubleValue();
        }
        return null;
    }

    private static Object checkbox(FormField field, Object raw, boolean shown, List<FieldProblem> problems) {
        Boolean ticked = raw instanceof Boolean b ? b
                : "true".equals(raw.toString().strip()) ? Boolean.TRUE
                        : "false".equals(raw.toString().strip()) ? Boolean.FALSE : null;
        if (ticked == null) {
            problems.add(new FieldProblem(field.key(), "must be true or false, not '" + raw + "'"));
        } else if (!ticked && field.required() && shown) {
            problems.add(new FieldProblem(field.key(), "must be ticked"));
        }
        return ticked;
    }

    private static Object choice(FormField field, Object raw, List<FieldProblem> problems) {
        String chosen = raw.toString();
        if (!field.options().isEmpty() && !field.options().contains(chosen)) {
            problems.add(new FieldProblem(field.key(), "must be one of " + String.join(", ", field.options())
                    + " (was '" + chosen + "')"));
            return null;
        }
        return text(field, raw, problems);
    }

    private static Object dateTime(FormField field, Object raw, List<FieldProblem> problems) {
        String text = raw.toString().strip();
        try {
            switch (field.subtype() == null ? "date" : field.subtype()) {
                case "time" -> LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
                case "datetime" -> OffsetDateTime.parse(text);
                default -> LocalDate.parse(text);
            }
            return text;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field.key(), "must be a " + (field.subtype() == null ? "date" : field.subtype())
                    + " like " + ("time".equals(field.subtype()) ? "18:30" : "2026-05-01") + ", not '" + text + "'"));
            return null;
        }
    }

    private static Object text(FormField field, Object raw, List<FieldProblem> problems) {
        String text = raw instanceof BigDecimal number ? number.toPlainString() : raw.toString();
        int length = text.codePointCount(0, text.length());
        int max = field.maxLength() == null ? FormValues.MAX_TEXT : Math.min(field.maxLength(), FormValues.MAX_TEXT);
        if (field.minLength() != null && length < field.minLength()) {
            problems.add(new FieldProblem(field.key(), "must be at least " + field.minLength() + " characters"));
        } else if (length > max) {
            problems.add(new FieldProblem(field.key(), "must be at most " + max + " characters (was " + length + ")"));
        } else if (text.indexOf('\0') >= 0) {
            problems.add(new FieldProblem(field.key(), "must not contain the character U+0000"));
        } else if (field.pattern() != null && !matches(field.pattern(), text)) {
            problems.add(new FieldProblem(field.key(), "does not have the expected format (" + field.pattern() + ")"));
        } else {
            return text;
        }
        return null;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            return true; // the form's own pattern is broken: Tasklist could not check it either
        }
    }
}
