package com.orderflow.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.Rupees;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.FieldProblem;
import com.orderflow.platform.web.InvalidInputException;

/**
 * The day-end cash-up (billers, admins): the day's money from every {@link CashUpSource} per payment
 * mode, the cash the till should hold, and counts of the till against it; a count short of what was
 * expected is flagged (on the page and in the audit as {@value #SHORT}).
 */
@Service
public class CashUpService {
    static final String SHORT = "CASH_UP_SHORT";
    private static final BigDecimal MAX_CASH = new BigDecimal("100000000");
    private static final int MAX_NOTE = 400;

    private final List<CashUpSource> sources;
    private final CashUps counts;
    private final AuditLog audit;
    private final ShopClock clock;

    CashUpService(List<CashUpSource> sources, CashUps counts, AuditLog audit, ShopClock clock) {
        this.sources = List.copyOf(sources);
        this.counts = counts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cash-up of a shop day (null: today). */
    @Transactional(readOnly = true)
    public CashUpView day(LocalDate day, CurrentUser user) {
        BillingPermissions.checkMoney(user);
        LocalDate shopDay = checkedDay(day);
        return view(shopDay, sections(shopDay));
    }

    /**
     * Records a count of the till's cash for a shop day (null: today) against what is expected now.
     *
     * @throws InvalidInputException naming {@code countedCash}, {@code note} or {@code day}; nothing is stored
     */
    @Transactional
    public CashUpView count(LocalDate day, BigDecimal countedCash, String note, CurrentUser user) {
        BillingPermissions.checkMoney(user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate shopDay = null;
        try {
            shopDay = checkedDay(day);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (countedCash == null) {
            problems.add(new FieldProblem("countedCash", "must be the cash counted in the till, in rupees"));
        } else if (countedCash.signum() < 0 || countedCash.compareTo(MAX_CASH) > 0
                || countedCash.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("countedCash", "must be 0 to 100000000 rupees, with at most 2 decimals"));
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "must be at most 400 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<CashUpSection> sections = sections(shopDay);
        BigDecimal expected = sum(sections, CashUpSection::cash);
        CashUp count = counts.saveAndFlush(new CashUp(shopDay, expected, BillCalculator.rupees(countedCash), why,
                user.id(), clock.now()));
        String words = "till of " + shopDay + ": counted " + Rupees.format(countedCash) + ", expected "
                + Rupees.format(expected) + (why == null ? "" : " (" + why + ")");
        if (count.difference().signum() < 0) {
            audit.record(user.id(), SHORT, null, "Short by " + Rupees.format(count.difference().negate()) + ": " + words);
        } else {
            audit.record(user.id(), "CASH_UP", null, words);
        }
        return view(shopDay, sections);
    }

    private CashUpView view(LocalDate day, List<CashUpSection> sections) {
        return new CashUpView(day, sections, sum(sections, CashUpSection::cash), sum(sections, CashUpSection::upi),
                sum(sections, CashUpSection::card), counts.findByDayOrderByIdDesc(day).stream().map(CashUp::toView)
                        .toList());
    }

    private List<CashUpSection> sections(LocalDate day) {
        return sources.stream().map(source -> source.section(day))
                .sorted(Comparator.comparingInt(CashUpSection::order)).toList();
    }

    private LocalDate checkedDay(LocalDate day) {
        LocalDate today = clock.today();
        if (day == null) {
            return today;
        }
        if (day.isAfter(today)) {
            throw new InvalidInputException("day", "must not be in the future");
        }
        return day;
    }

    private static BigDecimal sum(List<CashUpSection> sections, java.util.function.Function<CashUpSection,
            BigDecimal> amount) {
        return sections.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
