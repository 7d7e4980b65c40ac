package com.orderflow.billing;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.bootstrap.StartupStep;

/**
 * Bill and credit-note numbers, {@code KB-2627-000001}: consecutive per series and financial year
 * (April to March) with no gaps, as GST invoices must be. The series row is locked with
 * {@code SELECT … FOR UPDATE} in the transaction that writes the document, so concurrent bills
 * wait their turn (on every node) and a bill that rolls back gives its number back. At most 16
 * letters, digits and '-', the GST limit.
 */
@Component
@Order(1)
class DocumentNumbers implements StartupStep {
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,4}");

    private final JdbcTemplate jdbc;
    private final ShopClock clock;
    private final BillingSettings settings;

    DocumentNumbers(JdbcTemplate jdbc, ShopClock clock, BillingSettings settings) {
        for (String prefix : List.of(settings.getBillPrefix(), settings.getCreditNotePrefix())) {
            if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                // 4 + "-2627-" + 6 digits = 16 characters, the most a GST invoice number may have
                throw new IllegalStateException("orderflow.billing bill-prefix and credit-note-prefix must be 1 to 4 "
                        + "capital letters or digits, was '" + prefix + "'");
            }
        }
        if (settings.getBillPrefix().equals(settings.getCreditNotePrefix())) {
            throw new IllegalStateException("orderflow.billing bill-prefix and credit-note-prefix must differ");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Creates this and next financial year's series at start-up, so that the first bill of April
     * does not create it while other bills wait for the lock.
     */
    @Override
    public void run() {
        int fy = fyStart(clock.today());
        for (String prefix : List.of(settings.getBillPrefix(), settings.getCreditNotePrefix())) {
            ensureSeries(prefix, fy);
            ensureSeries(prefix, fy + 1);
        }
    }

    /** The next bill number of today's financial year; only inside the transaction that writes the bill. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextBillNumber() {
        return next(settings.getBillPrefix(), clock.today());
    }

    /** The next credit-note number; only inside the transaction that writes the note. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextCreditNoteNumber() {
        return next(settings.getCreditNotePrefix(), clock.today());
    }

    String next(String prefix, LocalDate day) {
        int fy = fyStart(day);
        Long last = lock(prefix, fy);
        if (last == null) {
            ensureSeries(prefix, fy);
            last = lock(prefix, fy);
        }
        long value = last + 1;
        jdbc.update("UPDATE bill_number_series SET last_value = ? WHERE prefix = ? AND fy_start = ?", value, prefix, fy);
        return format(prefix, fy, value);
    }

    /** 2026-27 → "2627": April 1 starts a financial year. */
    static int fyStart(LocalDate day) {
        return day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1;
    }

    static String format(String prefix, int fyStart, long value) {
        return String.format("%s-%02d%02d-%06d", prefix, fyStart % 100, (fyStart + 1) % 100, value);
    }

    private Long lock(String prefix, int fy) {
        List<Long> rows = jdbc.queryForList(
                "SELECT last_value FROM bill_number_series WHERE prefix = ? AND fy_start = ? FOR UPDATE", Long.class,
                prefix, fy);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Creates the series if missing, in the caller's transaction: a concurrent creator makes this wait
     * for its commit and then do nothing, without failing the bill's transaction, so no second
     * connection is needed; a bill that rolls back takes the new row with it, harmlessly.
     */
    private void ensureSeries(String prefix, int fy) {
        jdbc.update("INSERT INTO bill_number_series (prefix, fy_start, last_value) VALUES (?, ?, 0) ON CONFLICT DO NOTHING",
                prefix, fy);
    }
}
