package com.orderflow.platform.tasklist;

import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The words of the Camunda Forms in Marathi and Hindi: {@code forms-messages_<lang>.properties}, one
 * key per text, {@code <form id>.<component id>.<property>} (label, text, description, dateLabel,
 * placeholder) or {@code <form id>.<component id>.values.<value>} for a choice. The forms in
 * {@code forms/} stay English, as Camunda Modeler shows them; a text without a translation stays
 * English.
 */
@Component
class FormTexts {
    static final String BUNDLE = "forms-messages";
    static final List<String> PROPERTIES = List.of("label", "text", "description", "dateLabel", "placeholder");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    FormTexts() {
        messages.setBasename(BUNDLE);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** Puts the language's words into a form's schema, in place; answers whether any text changed. */
    boolean translate(JsonNode form, Locale locale) {
        String formId = form.path("id").asText(null);
        return formId != null && translate(formId, form.path("components"), locale);
    }

    private boolean translate(String formId, JsonNode components, Locale locale) {
        boolean changed = false;
        for (JsonNode component : components) {
            String prefix = formId + "." + component.path("id").asText() + ".";
            for (String property : PROPERTIES) {
                if (component.hasNonNull(property)) {
                    changed |= put((ObjectNode) component, property, prefix + property, locale);
                }
            }
            for (JsonNode value : component.path("values")) {
                changed |= put((ObjectNode) value, "label", prefix + "values." + value.path("value").asText(), locale);
            }
            changed |= translate(formId, component.path("components"), locale);
        }
        return changed;
    }

    private boolean put(ObjectNode node, String property, String key, Locale locale) {
        String text = messages.getMessage(key, null, null, locale);
        if (text == null) {
            return false;
        }
        node.put(property, text);
        return true;
    }
}
