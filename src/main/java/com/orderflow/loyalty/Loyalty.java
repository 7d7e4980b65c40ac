package com.orderflow.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.PhoneNumbers;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.audit.AuditLog;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Loyalty points (F8): earned on each order's bill, redeemed at billing, taken back by a credit
 * note, lapsing after the table's months without new points; the rates are the owner's
 * (dmn/loyalty-points.dmn). Every change locks the customer's account row, writes one ledger line
 * and never takes the balance below zero, also when two bills redeem at the same moment.
 */
@Service
public class Loyalty {
    private static final Duration YEAR = Duration.ofDays(365);
    private static final int HISTORY_LINES = 20;

    private final PointsAccounts accounts;
    private final PointsEntries entries;
    private final LoyaltyRules rules;
    private final AuditLog audit;
    private final ShopClock clock;

    Loyalty(PointsAccounts accounts, PointsEntries entries, LoyaltyRules rules, AuditLog audit, ShopClock clock) {
        this.accounts = accounts;
        this.entries = entries;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The customer's balance, tier and newest ledger lines; an unknown phone has none. */
    @Transactional(readOnly = true)
    public PointsHistory of(String phone) {
        String e164 = e164(phone).orElse("");
        LoyaltyTerms terms = termsOf(e164);
        Optional<PointsAccount> account = accounts.findById(e164);
        long balance = account.filter(a -> !lapsed(a, terms)).map(PointsAccount::balance).orElse(0L);
        LocalDate expiresOn = balance == 0 ? null : account.get().expiresOn(terms.expiryMonths());
        List<PointsHistory.Line> lines = entries.findByPhoneOrderByIdDesc(e164, PageRequest.of(0, HISTORY_LINES))
                .stream().map(PointsEntry::toLine).toList();
        return new PointsHistory(balance, terms.rupeesFor(balance), terms.tier(), terms.minimumRedemption(), expiresOn,
                lines);
    }

    /**
     * The points an order's bill earns, once per order (a repeated call finds them written).
     *
     * @return the points earned now; 0 when the order had earned already or the phone is not a mobile number
     */
    @Transactional
    public long earn(String orderNumber, String billNumber, String phone, BigDecimal billTotal, String actor) {
        Optional<String> e164 = e164(phone);
        if (e164.isEmpty() || billTotal == null || billTotal.signum() <= 0
                || entries.existsByOrderNumberAndKind(orderNumber, PointsEntry.Kind.EARN)) {
            return 0;
        }
        accounts.createIfMissing(e164.get());
        PointsAccount account = locked(e164.get());
        LoyaltyTerms terms = termsOf(e164.get());
        expireIfLapsed(account, terms);
        long points = terms.pointsFor(billTotal);
        entries.save(account.earn(points, billTotal, orderNumber, billNumber, actor, clock.now(), clock.today()));
        audit.record(actor, "LOYALTY_EARNED", orderNumber, points + " points on " + billNumber + " (" + terms.tier() + ")");
        return points;
    }

    /**
     * Spends points on an order's bill, in the caller's (the bill's) transaction: the bill and the
     * redemption are written together or not at all.
     *
     * @param field what the person typed the points into, named in a refusal
     * @param most  the most the points may be worth (what the bill comes to before them)
     * @return what the points are worth, in rupees; zero for no points
     * @throws InvalidInputException naming {@code field}: negative, under the table's minimum, worth
     *                               more than {@code most}, more than the balance, or no mobile number
     */
    @Transactional
    public BigDecimal redeem(String phone, String orderNumber, long points, BigDecimal most, String field, String actor) {
        if (points == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (points < 0) {
            throw new InvalidInputException(field, "must be 0 or more points");
        }
        String e164 = e164(phone).orElseThrow(() -> new InvalidInputException(field,
                "needs the customer's mobile number on the order (points are kept by phone)"));
        LoyaltyTerms terms = termsOf(e164);
        if (points < terms.minimumRedemption()) {
            throw new InvalidInputException(field, "must be at least " + terms.minimumRedemption()
                    + " points (the shop's minimum redemption)");
        }
        BigDecimal worth = terms.rupeesFor(points);
        if (worth.compareTo(most) > 0) {
            throw new InvalidInputException(field, "are worth ₹" + worth.toPlainString() + ", more than the bill's ₹"
                    + most.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
        PointsAccount account = accounts.lockByPhone(e164).orElseThrow(() -> new InvalidInputException(field,
                "must be at most the customer's balance of 0 points"));
        expireIfLapsed(account, terms);
        entries.save(account.redeem(points, worth, orderNumber, field, actor, clock.now()));
        audit.record(actor, "LOYALTY_REDEEMED", orderNumber, points + " points for ₹" + worth.toPlainString());
        return worth;
    }

    /**
     * A credit note on the order's bill takes back what the credited part earned (all of it for a
     * full credit), never more than the order earned nor below a zero balance.
     *
     * @return the points taken back
     */
    @Transactional
    public long takeBack(String orderNumber, String creditNoteNumber, BigDecimal credited, String actor) {
        List<PointsEntry> ofOrder = entries.findByOrderNumber(orderNumber);
        Optional<PointsEntry> earned = ofOrder.stream().filter(e -> e.kind() == PointsEntry.Kind.EARN).findFirst();
        if (earned.isEmpty() || earned.get().points() == 0 || credited == null || credited.signum() <= 0) {
            return 0;
        }
        long alreadyTaken = -ofOrder.stream().filter(e -> e.kind() == PointsEntry.Kind.TAKE_BACK)
                .mapToLong(PointsEntry::points).sum();
        BigDecimal billed = earned.get().rupees();
        long due = credited.compareTo(billed) >= 0 ? earned.get().points()
                : BigDecimal.valueOf(earned.get().points()).multiply(credited).divide(billed, 0, RoundingMode.HALF_UP)
                        .longValueExact();
        long points = Math.min(due, earned.get().points() - alreadyTaken);
        if (points <= 0) {
            return 0;
        }
        PointsAccount account = locked(earned.get().phone());
        PointsEntry entry = entries.save(account.takeBack(points, orderNumber, creditNoteNumber, actor, clock.now()));
        audit.record(actor, "LOYALTY_TAKEN_BACK", orderNumber, -entry.points() + " points for " + creditNoteNumber);
        return -entry.points();
    }

    private PointsAccount locked(String e164) {
        return accounts.lockByPhone(e164).orElseThrow();
    }

    private LoyaltyTerms termsOf(String e164) {
        return rules.termsFor(entries.billedSince(e164, clock.now().minus(YEAR)));
    }

    private boolean lapsed(PointsAccount account, LoyaltyTerms terms) {
        LocalDate expiresOn = account.expiresOn(terms.expiryMonths());
        return expiresOn != null && !clock.today().isBefore(expiresOn);
    }

    private void expireIfLapsed(PointsAccount account, LoyaltyTerms terms) {
        if (lapsed(account, terms)) {
            PointsEntry entry = entries.save(account.expire(clock.now()));
            audit.record("system", "LOYALTY_EXPIRED", null, account.phone() + ": " + -entry.points() + " points");
        }
    }

    private static Optional<String> e164(String phone) {
        return phone == null ? Optional.empty() : PhoneNumbers.toE164(phone);
    }
}
