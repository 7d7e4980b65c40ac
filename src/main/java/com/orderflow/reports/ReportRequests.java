package com.orderflow.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Turns a report's request parameters into a {@link ReportRange}: days in the shop's zone, the
 * last 30 days up to today when none are given. Every bad parameter is named with its rule, in the
 * reader's language (the API answers in English).
 */
@Component
public class ReportRequests {
    static final int DEFAULT_DAYS = 30;

    private final ShopClock clock;
    private final MessageSource messages;

    ReportRequests(ShopClock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * @throws InvalidInputException naming {@code from}, {@code to} or {@code group}: not a date, from
     *         after to, more than {@value ReportRange#MAX_DAYS} days, or an unknown grouping
     */
    public ReportRange range(String from, String to, String group, Grouping fallback, Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate end = date("to", to, clock.today(), problems, locale);
        LocalDate start = date("from", from, end == null ? null : end.minusDays(DEFAULT_DAYS - 1), problems, locale);
        Grouping grouping = grouping(group, fallback, problems, locale);
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                problems.add(new FieldProblem("from", text("reports.error.fromAfterTo", locale, end)));
            } else if (java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1 > ReportRange.MAX_DAYS) {
                problems.add(new FieldProblem("to", text("reports.error.tooLong", locale, ReportRange.MAX_DAYS)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportRange(start, end, grouping);
    }

    /** @throws InvalidInputException naming {@code process} when it is not one of the deployed process keys */
    public void checkProcess(String process, List<String> known, Locale locale) {
        if (process == null || !known.contains(process.trim())) {
            throw new InvalidInputException("process", text("reports.error.process", locale,
                    process == null ? "" : process.trim(), String.join(", ", known)));
        }
    }

    private LocalDate date(String field, String value, LocalDate fallback, List<FieldProblem> problems, Locale locale) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, text("reports.error.date", locale, value.trim())));
            return null;
        }
    }

    private Grouping grouping(String value, Grouping fallback, List<FieldProblem> problems, Locale locale) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (Grouping grouping : Grouping.values()) {
            if (grouping.parameter().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return grouping;
            }
        }
        problems.add(new FieldProblem("group", text("reports.error.group", locale, value.trim())));
        return fallback;
    }

    /** Arguments go in as text: MessageFormat would write numbers in Devanagari digits for mr. */
    String text(String key, Locale locale, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, texts, locale);
    }
}
