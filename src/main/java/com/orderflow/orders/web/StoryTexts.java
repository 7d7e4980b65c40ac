package com.orderflow.orders.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.orderflow.platform.audit.AuditEntry;
import com.orderflow.platform.web.PageFormats;

/**
 * An order's story (the audit trail) as the order page tells it, in the reader's language and in
 * shop time: each action by its name in the bundle ({@code action.CODE}); the details of the
 * actions whose wording is known by a pattern in the bundle ({@code story.*}), statuses, channels,
 * promises and slots by their names, times and dates as the page writes them. What people typed
 * (a note, a reason) stays as typed, and so does any wording the bundle does not know yet.
 */
@Component
class StoryTexts {
    /** One line of the story as the page shows it. */
    record StoryLine(Instant at, String actor, String action, String details) {
    }

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\dT-])");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");
    private static final String MONEY = "(-?₹[\\d,]+\\.\\d{2})";

    /** How the details of a known action are worded, and what each captured part is. */
    private record Wording(Pattern pattern, String key, List<Part> parts) {
    }

    private enum Part { TEXT, CODE, WHEN, DATE }

    private static final Map<String, List<Wording>> WORDINGS = Map.of(
            "STATUS_CHANGED", List.of(wording("([A-Z_]+) → ([A-Z_]+)", "story.statusChanged", Part.CODE, Part.CODE)),
            "ORDER_CREATED", List.of(wording("([A-Z_]+), (\\d+) item\\(s\\), total " + MONEY
                    + ", ([A-Z]+)(?: ([A-Z]+))?, promised by (\\S+)", "story.orderCreated",
                    Part.CODE, Part.TEXT, Part.TEXT, Part.CODE, Part.CODE, Part.WHEN)),
            "ORDER_EDITED", List.of(
                    wording("customer", "story.edited.customer"),
                    wording("delivery date (\\S+) → (\\S+)", "story.edited.date", Part.DATE, Part.DATE),
                    wording("items (\\d+) → (\\d+), total " + MONEY, "story.edited.items",
                            Part.TEXT, Part.TEXT, Part.TEXT)),
            "DISCOUNT_GIVEN", List.of(wording(MONEY + " on (.+?): (.*)", "story.discountGiven",
                    Part.TEXT, Part.TEXT, Part.TEXT)),
            "DELIVERY_ASSIGNED", List.of(wording("taken out by (\\S+)", "story.deliveryAssigned", Part.TEXT)),
            "CUSTOMER_CONFIRMED", List.of(wording("confirmed delivery on (\\S+) in reply to the reminder",
                    "story.customerConfirmed", Part.DATE)),
            "PACKING_STARTED", List.of(wording("packing slip (\\d+) to the printer; expected (.+)",
                    "story.packingStarted", Part.TEXT, Part.TEXT)));

    /** Actions whose details are what a person typed (a note, a reason, a reply): shown as typed. */
    private static final Set<String> TYPED = Set.of("NOTE_ADDED", "NOTE_ANSWERED",
            "ORDER_CANCEL_REQUESTED", "CUSTOMER_REPLIED");

    private static final List<Wording> TASK = List.of(
            wording("(.+) \\(assignee (\\S+)\\)", "story.task.assigned", Part.TEXT, Part.TEXT));

    private final MessageSource messages;

    StoryTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<StoryLine> of(List<AuditEntry> story, Locale locale, PageFormats fmt) {
        return story.stream().map(e -> new StoryLine(e.at(), e.actor(), action(e.action(), locale),
                details(e.action(), e.details(), locale, fmt))).toList();
    }

    /** "TRACKING_LINK_ISSUED" reads as its name in the bundle, or at least as "Tracking link issued". */
    String action(String code, Locale locale) {
        String named = messages.getMessage("action." + code, null, null, locale);
        if (named != null) {
            return named;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    String details(String action, String details, Locale locale, PageFormats fmt) {
        if (details == null || details.isBlank()) {
            return "";
        }
        if (TYPED.contains(action)) {
            return details;
        }
        String fixed = messages.getMessage("story.text." + OrderPages.ruleKey(details), null, null, locale);
        if (fixed != null) {
            return fixed;
        }
        List<Wording> wordings = action.startsWith("TASK_") ? TASK : WORDINGS.get(action);
        if (wordings != null) {
            // an edit lists its changes joined by "; ": each is worded on its own
            List<String> parts = new ArrayList<>();
            for (String part : "ORDER_EDITED".equals(action) ? details.split("; ") : new String[] {details}) {
                parts.add(worded(part, wordings, locale, fmt));
            }
            return String.join("; ", parts);
        }
        return plain(details, locale, fmt);
    }

    private String worded(String text, List<Wording> wordings, Locale locale, PageFormats fmt) {
        for (Wording wording : wordings) {
            Matcher m = wording.pattern().matcher(text);
            if (m.matches()) {
                Object[] args = new Object[wording.parts().size()];
                for (int i = 0; i < args.length; i++) {
                    String value = m.group(i + 1);
                    args[i] = switch (wording.parts().get(i)) {
                        case TEXT -> value == null ? "" : value;
                        case CODE -> value == null ? "" : code(value, locale);
                        case WHEN -> when(value, fmt);
                        case DATE -> date(value, fmt);
                    };
                }
                return messages.getMessage(wording.key(), args, text, locale).replaceAll("\\s{2,}", " ").strip();
            }
        }
        return plain(text, locale, fmt);
    }

    /** Free text with the parts a page can still say better: times, dates and status names. */
    private String plain(String text, Locale locale, PageFormats fmt) {
        String out = replace(INSTANT, text, m -> when(m.group(), fmt));
        out = replace(DATE, out, m -> date(m.group(), fmt));
        return replace(CODE, out, m -> code(m.group(), locale));
    }

    /** A status, channel, promise or slot by its name in the bundle; any other code as it is. */
    private String code(String code, Locale locale) {
        for (String prefix : List.of("status.", "channel.", "order.promise.", "order.slot.")) {
            String named = messages.getMessage(prefix + code, null, null, locale);
            if (named != null) {
                return named;
            }
        }
        return code;
    }

    private static String when(String iso, PageFormats fmt) {
        try {
            return fmt.when(Instant.parse(iso));
        } catch (DateTimeParseException | NullPointerException e) {
            return iso == null ? "" : iso;
        }
    }

    private static String date(String iso, PageFormats fmt) {
        try {
            return fmt.date(LocalDate.parse(iso));
        } catch (DateTimeParseException | NullPointerException e) {
            return iso == null ? "" : iso;
        }
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> with) {
        return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
    }

    private static Wording wording(String regex, String key, Part... parts) {
        return new Wording(Pattern.compile(regex), key, List.of(parts));
    }
}
