package com.orderflow.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

import com.orderflow.platform.Rupees;

/**
 * A report's cells and words in one language: what the page shows and the CSV writes. Message keys
 * may carry arguments after bars ("reports.age.between|2|6"); a text that is no key shows as itself.
 */
public final class ReportText {
    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    public ReportText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        Locale indian = Locale.forLanguageTag(locale.getLanguage() + "-IN");
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", indian);
        this.month = DateTimeFormatter.ofPattern("MMM yyyy", indian);
    }

    public Locale locale() {
        return locale;
    }

    /** A message key with optional "|" arguments, or the text itself when it is no key. */
    public String words(String keyAndArgs) {
        if (keyAndArgs == null) {
            return "";
        }
        String[] parts = keyAndArgs.split("\\|");
        Object[] args = new Object[parts.length - 1];
        System.arraycopy(parts, 1, args, 0, args.length);
        return messages.getMessage(parts[0], args, parts[0], locale);
    }

    /** A cell as the page shows it. */
    public String cell(ReportTable.Kind kind, Object value, Grouping grouping) {
        if (value == null) {
            return "—";
        }
        return switch (kind) {
            case LABEL -> words((String) value);
            case MONEY -> Rupees.format((BigDecimal) value);
            case PERCENT -> ((BigDecimal) value).toPlainString() + " %";
            case DAYS -> ((BigDecimal) value).toPlainString();
            case DATE -> period((LocalDate) value, grouping);
            case TIME -> time((ReportTable.Time) value);
            case LINK -> words(((ReportTable.Link) value).text());
            default -> value.toString();
        };
    }

    /** A cell as the CSV writes it: plain numbers (minutes for times), ISO dates, words for labels. */
    public String plain(ReportTable.Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case LABEL -> words((String) value);
            case MONEY, PERCENT, DAYS -> ((BigDecimal) value).toPlainString();
            case TIME -> minutes((ReportTable.Time) value).toPlainString();
            case LINK -> ((ReportTable.Link) value).text().startsWith("reports.")
                    ? words(((ReportTable.Link) value).text()) : ((ReportTable.Link) value).text();
            default -> value.toString();
        };
    }

    /** A column's heading, with its unit where the export writes bare numbers. */
    public String heading(ReportTable.Column column, boolean withUnit) {
        String words = words(column.heading());
        if (!withUnit) {
            return words;
        }
        return switch (column.kind()) {
            case MONEY -> words + " (₹)";
            case PERCENT -> words + " (%)";
            case TIME -> words + " (" + words("reports.unit.minutes") + ")";
            default -> words;
        };
    }

    /** "3 Nov 2026" by day, "from 2 Nov 2026" by week, "Nov 2026" by month. */
    public String period(LocalDate start, Grouping grouping) {
        return switch (grouping) {
            case DAY -> day.format(start);
            case WEEK -> messages.getMessage("reports.weekOf", new Object[] {day.format(start)}, locale);
            case MONTH -> month.format(start);
        };
    }

    /** "40 s", "25 min", "2 h 5 min", "3 d 4 h"; "≈" in front when read from a histogram bucket. */
    public String time(ReportTable.Time time) {
        long seconds = Math.round(time.ms() / 1000.0);
        String text;
        if (seconds < 60) {
            text = messages.getMessage("reports.time.seconds", new Object[] {Long.toString(seconds)}, locale);
        } else if (seconds < 3600) {
            text = messages.getMessage("time.minutes", new Object[] {Long.toString(Math.round(seconds / 60.0))}, locale);
        } else if (seconds < 86_400) {
            long minutes = Math.round(seconds / 60.0);
            text = messages.getMessage("time.hours", new Object[] {Long.toString(minutes / 60), Long.toString(minutes % 60)},
                    locale);
        } else {
            long hours = Math.round(seconds / 3600.0);
            text = messages.getMessage("time.days", new Object[] {Long.toString(hours / 24), Long.toString(hours % 24)},
                    locale);
        }
        return time.approximate() ? "≈ " + text : text;
    }

    /** A time in minutes with one decimal, as the exports write it. */
    public static BigDecimal minutes(ReportTable.Time time) {
        return BigDecimal.valueOf(time.ms()).divide(BigDecimal.valueOf(60_000), 1, RoundingMode.HALF_UP);
    }
}
