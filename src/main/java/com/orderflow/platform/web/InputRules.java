package com.orderflow.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rules every text and date a client sends must keep, whatever the endpoint: checked once for JSON
 * bodies ({@link JsonInputConfig}) and once for form fields, query parameters and path parts
 * ({@link RequestInputInterceptor}), so that no endpoint has to remember them.
 */
public final class InputRules {
    /** The earliest date anyone may send: nothing in a shop's day is older. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    /** The latest date anyone may send: a delivery, due or expiry date further out is a typing mistake. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private InputRules() {
    }

    /** The day a text names when it is written {@code yyyy-mm-dd} and is a real day; else empty. */
    public static Optional<LocalDate> isoDate(String text) {
        String date = text == null ? "" : text.strip();
        if (!ISO_DATE.matcher(date).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * What is wrong with a text, or empty: control characters (U+0000 to U+001F, U+007F to U+009F)
     * are refused, except tab, line feed and carriage return in text typed over several lines.
     * PostgreSQL cannot store U+0000 at all; the others only hide text from the person reading it.
     */
    public static Optional<String> problemWithText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("must not contain control characters (U+%04X at position %d)", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    /** What is wrong with a date, or empty: it must lie between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    public static Optional<String> problemWithDate(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
            return Optional.of("must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return Optional.empty();
    }
}
