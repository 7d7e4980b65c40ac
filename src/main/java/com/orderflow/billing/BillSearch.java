package com.orderflow.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Finding bills (the /bills search box and {@code GET /api/bills}): by bill number, order number,
 * the customer's phone in any format (98200 55555, +91 98200 55555, 098200-55555, or five or more of
 * its digits) or name, within the days asked for; newest first, at most {@value #LIMIT}.
 */
@Service
public class BillSearch {
    static final int LIMIT = 200;
    private static final int MIN_PHONE_DIGITS = 5;
    private static final int MAX_QUERY = 100;
    /** A LIKE pattern that matches no bill: every number, phone and name has at least one character. */
    private static final String NOTHING = "";

    private final Bills bills;
    private final ShopClock clock;

    BillSearch(Bills bills, ShopClock clock) {
        this.bills = bills;
        this.clock = clock;
    }

    /**
     * Bills matching {@code text} issued from {@code from} to {@code to} (shop days, both included;
     * either may be open). No text and no days: today's bills.
     *
     * @throws InvalidInputException naming {@code q}, {@code from} or {@code to}
     */
    @Transactional(readOnly = true)
    public List<BillSummary> find(String text, LocalDate from, LocalDate to, CurrentUser user) {
        BillingPermissions.checkView(user);
        String q = text == null ? "" : text.strip();
        if (q.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "must be at most " + MAX_QUERY + " characters");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(List.of(new FieldProblem("to", "must not be before from")));
        }
        LocalDate first = from;
        LocalDate last = to;
        if (q.isEmpty() && from == null && to == null) {
            first = clock.today();
            last = first;
        }
        Instant start = first == null ? Instant.EPOCH : clock.at(first, LocalTime.MIDNIGHT).toInstant();
        Instant end = last == null ? clock.now().plusSeconds(86_400)
                : clock.at(last.plusDays(1), LocalTime.MIDNIGHT).toInstant();
        PageRequest page = PageRequest.of(0, LIMIT);
        List<Bill> found = q.isEmpty() ? bills.findByIssuedAtGreaterThanEqualAndIssuedAtLessThanOrderByIdDesc(start, end,
                page) : bills.search(start, end, contains(q.toUpperCase(Locale.ROOT)), phone(q), digits(q),
                        contains(q.toLowerCase(Locale.ROOT)), page);
        return found.stream().map(BillSummary::of).toList();
    }

    private static String phone(String q) {
        return PhoneNumbers.toE164(q).orElse(NOTHING);
    }

    /** Five or more digits typed with only phone punctuation around them: part of a phone number. */
    private static String digits(String q) {
        if (!q.matches("[+\\d\\s()-]+")) {
            return NOTHING;
        }
        String digits = q.replaceAll("\\D", "");
        return digits.length() >= MIN_PHONE_DIGITS ? "%" + digits + "%" : NOTHING;
    }

    private static String contains(String q) {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
