package com.orderflow.platform.tasklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How task subjects and descriptions write times and join their parts (task names are English). */
public final class TaskTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, h:mm a", Locale.forLanguageTag("en-IN"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private TaskTexts() {
    }

    /** "3 Dec, 8:00 pm" in the shop's zone. */
    public static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /** "Thu 3 Dec 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The parts that are there, joined with " · " ("KO-2026-000123 · Meena Joshi"). */
    public static String joined(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(" · "));
    }
}
