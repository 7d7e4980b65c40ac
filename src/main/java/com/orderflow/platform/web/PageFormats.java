package com.orderflow.platform.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.orderflow.platform.Rupees;

/**
 * Times, dates, money and waiting times as the pages show them: in the shop's zone, month names
 * in the reader's language, digits and rupees as Indian shops write them. board.js formats the
 * same way when it redraws the board.
 */
public final class PageFormats {
    private final ZoneId zone;
    private final Locale locale;
    private final Instant now;
    private final MessageSource messages;
    private final DateTimeFormatter when;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter clockTime;

    public PageFormats(ZoneId zone, Locale locale, Instant now, MessageSource messages) {
        this.zone = zone;
        this.locale = locale;
        this.now = now;
        this.messages = messages;
        Locale indian = Locale.forLanguageTag(locale.getLanguage() + "-IN");
        this.when = DateTimeFormatter.ofPattern("d MMM yyyy, h:mm a", indian).withZone(zone);
        this.date = DateTimeFormatter.ofPattern("d MMM yyyy", indian);
        this.shortDate = DateTimeFormatter.ofPattern("d MMM", indian);
        this.clockTime = DateTimeFormatter.ofPattern("HH:mm:ss", indian).withZone(zone);
    }

    /** "23 Nov 2026, 4:45 pm" */
    public String when(Instant at) {
        return at == null ? "" : when.format(at);
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String shortDate(LocalDate day) {
        return day == null ? "" : shortDate.format(day);
    }

    /** "16:45:12", for "updated …" on the board. */
    public String clock(Instant at) {
        return at == null ? "" : clockTime.format(at);
    }

    public String zoneId() {
        return zone.getId();
    }

    /** The locale board.js hands to the browser's Intl API: Latin digits, as above. */
    public String jsLocale() {
        return locale.getLanguage() + "-IN-u-nu-latn";
    }

    /** "₹1,24,000.50" */
    public String rupees(BigDecimal amount) {
        return Rupees.format(amount);
    }

    /** How long an order has waited since {@code since}: "25 min", "2 h 5 min", "3 d 4 h". */
    public String waited(Instant since) {
        long minutes = since == null ? 0 : Math.max(0, Duration.between(since, now).toMinutes());
        // Numbers go in as text: MessageFormat would write them in Devanagari digits for mr.
        if (minutes < 60) {
            return message("time.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return message("time.hours", minutes / 60, minutes % 60);
        }
        return message("time.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }

    private String message(String key, long... numbers) {
        Object[] args = new Object[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            args[i] = Long.toString(numbers[i]);
        }
        return messages.getMessage(key, args, locale);
    }
}
