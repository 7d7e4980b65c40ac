package com.orderflow.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * Field problems in the reader's language, for pages that show them beside their fields: a rule is
 * looked up as {@code rule.} + the rule in kebab-case ("must be 0 to 100000" → {@code
 * rule.must-be-0-to-100000}); a rule the bundles do not have shows in the service's words.
 */
public final class PageProblems {
    private PageProblems() {
    }

    /** field → its rules in the reader's language, joined by "; ". */
    public static Map<String, String> localized(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String rule = problem.message();
            byField.merge(problem.field(), messages.getMessage("rule." + key(rule), null, rule, locale),
                    (a, b) -> a + "; " + b);
        }
        return byField;
    }

    /** "must be 0 to 100000" → "must-be-0-to-100000" */
    public static String key(String rule) {
        return rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
