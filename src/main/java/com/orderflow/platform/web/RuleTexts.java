package com.orderflow.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Field problems in the reader's language. Services word their rules in English; a rule with a
 * translation in the page bundles ({@code rule.} + the rule in kebab-case, or the same without its
 * digits for a rule that names a number, or its words before a ": " or " (" that names a value) is
 * shown translated, any other in the service's words.
 */
public final class RuleTexts {
    private RuleTexts() {
    }

    /** "lines[0].quantity: must be at most 3 …" as the reader reads it, one line per problem. */
    public static List<String> of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (FieldProblem problem : problems) {
            lines.add(messages.getMessage("field." + problem.field().replaceAll("\\[[0-9]+]", ""), null,
                    problem.field(), locale) + ": " + rule(problem.message(), messages, locale));
        }
        return lines;
    }

    /** One rule in the reader's language, or as the service wrote it. */
    public static String rule(String rule, MessageSource messages, Locale locale) {
        String head = rule.split(": | \\(", 2)[0];
        return messages.getMessage("rule." + key(rule), null,
                messages.getMessage("rule." + key(rule.replaceAll("[0-9]+", "")), null,
                        messages.getMessage("rule." + key(head.replaceAll("[0-9]+", "")), null, rule, locale), locale),
                locale);
    }

    /** "must not be blank" → "must-not-be-blank". */
    public static String key(String rule) {
        return rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
