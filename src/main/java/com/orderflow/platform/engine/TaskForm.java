package com.orderflow.platform.engine;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A task's Camunda Form as the server sees it: the keyed fields, in the order of the form. A task
 * without a Camunda Form takes no values ({@link #NONE}).
 */
record TaskForm(String id, List<FormField> fields) {
    static final TaskForm NONE = new TaskForm("(no form)", List.of());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The keys a submission may set: the form's fields that are neither read-only nor disabled. */
    Set<String> inputKeys() {
        return fields.stream().filter(FormField::input).map(FormField::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    boolean hasField(String key) {
        return fields.stream().anyMatch(f -> f.key().equals(key));
    }

    /** Reads a deployed form's JSON; fields inside groups count, with their own keys. */
    static TaskForm parse(String json) {
        try {
            JsonNode form = JSON.readTree(json);
            List<FormField> fields = new ArrayList<>();
            collect(form.path("components"), fields);
            return new TaskForm(form.path("id").asText("(form)"), List.copyOf(fields));
        } catch (IOException e) {
            throw new IllegalStateException("The task's form is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), fields);
            }
            String key = component.path("key").asText("");
            if (!key.isEmpty()) {
                fields.add(field(component, key));
            }
        }
    }

    private static FormField field(JsonNode component, String key) {
        JsonNode validate = component.path("validate");
        List<String> options = new ArrayList<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        boolean input = !component.path("readonly").asBoolean(false) && !component.path("disabled").asBoolean(false);
        return new FormField(key, component.path("type").asText(""), input, validate.path("required").asBoolean(false),
                number(validate.get("min")), number(validate.get("max")),
                validate.has("minLength") ? validate.get("minLength").asInt() : null,
                validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
                validate.has("pattern") ? validate.get("pattern").asText() : null,
                component.has("decimalDigits") ? component.get("decimalDigits").asInt() : null,
                List.copyOf(options), component.path("conditional").path("hide").asText(null),
                component.has("subtype") ? component.get("subtype").asText() : null);
    }

    /** A limit as the Modeler writes it: a number, or a number in text; anything else sets no limit. */
    private static BigDecimal number(JsonNode limit) {
        if (limit == null || limit.isNull()) {
            return null;
        }
        if (limit.isNumber()) {
            return limit.decimalValue();
        }
        try {
            return new BigDecimal(limit.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
