package com.orderflow.platform.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Checks what a client submitted for a task against the task's own form, the way the form itself
 * checks it in Tasklist (required, min/max, lengths, pattern, decimals, the select's values), and
 * turns it into the values the engine stores. A key that is not one of the form's fields is
 * refused: through it a submission could set any process variable.
 */
final class FormValues {
    /** Camunda stores longer text differently, and no shop form needs more. */
    static final int MAX_TEXT = 4000;
    private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "null", "date");
    private static final Pattern SIMPLE_CONDITION =
            Pattern.compile("=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(\"([^\"]*)\"|true|false|null|-?\\d+(\\.\\d+)?)\\s*");

    private FormValues() {
    }

    /**
     * @param submitted the request's variables by name: each a Camunda variable value
     *                  ({@code {"value": …, "type": …}})
     * @return every input field of the form with its value (null when not given), in the form's order
     * @throws InvalidInputException naming every bad field and its rule
     */
    static Map<String, Object> check(TaskForm form, Map<String, JsonNode> submitted) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> plain = new LinkedHashMap<>();
        submitted.forEach((key, variable) -> {
            if (!form.hasField(key)) {
                problems.add(new FieldProblem(key, "is not a field of this task's form '" + form.id()
                        + "'; a task takes only its own form's fields"));
            } else {
                plain.put(key, plainValue(key, variable, problems));
            }
        });
        Set<String> unreadable = problems.stream().map(FieldProblem::field)
                .collect(Collectors.toSet());
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            if (!field.input() || unreadable.contains(field.key())) {
                continue; // read-only: shown to the user, set by the process, what comes back is not taken
            }
            Boolean hidden = hidden(field, plain);
            Object raw = Boolean.TRUE.equals(hidden) ? null : plain.get(field.key());
            Object value = FormFieldRules.value(field, raw, Boolean.FALSE.equals(hidden), problems);
            values.put(field.key(), value);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }

    /** A variable's value as JSON gives it; only plain values, never objects, files or serialized Java. */
    private static Object plainValue(String key, JsonNode variable, List<FieldProblem> problems) {
        JsonNode value = variable != null && variable.isObject() ? variable.get("value") : variable;
        String type = variable != null && variable.isObject() ? variable.path("type").asText("") : "";
        if (!type.isEmpty() && !PLAIN_TYPES.contains(type.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(new FieldProblem(key, "must be a plain value (text, number or true/false), not " + type));
            return null;
        }
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        problems.add(new FieldProblem(key, "must be a plain value (text, number or true/false), not a list or object"));
        return null;
    }

    /** TRUE when the field's simple hide condition holds, FALSE when it does not, null when unknown. */
    private static Boolean hidden(FormField field, Map<String, Object> values) {
        if (field.hideCondition() == null || field.hideCondition().isBlank()) {
            return false;
        }
        Matcher condition = SIMPLE_CONDITION.matcher(field.hideCondition().strip());
        if (!condition.matches()) {
            return null;
        }
        Object actual = values.get(condition.group(1));
        String literal = condition.group(3);
        Object expected = condition.group(4) != null ? condition.group(4)
                : "null".equals(literal) ? null : "true".equals(literal) || "false".equals(literal)
                        ? Boolean.valueOf(literal) : new BigDecimal(literal);
        boolean equal = expected == null ? actual == null
                : expected instanceof BigDecimal number ? actual instanceof BigDecimal given && given.compareTo(number) == 0
                        : expected.equals(actual);
        return "=".equals(condition.group(2)) == equal;
    }
}
