package com.orderflow.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.orderflow.platform.web.InvalidInputException;

/**
 * A customer's points balance (one per phone, E.164). It changes only by writing a ledger entry
 * ({@link PointsEntry}) and never goes below zero: spending more than the balance is refused here,
 * and callers hold the row's lock ({@link PointsAccounts#lockByPhone}) while they decide.
 */
@Entity
@Table(name = "loyalty_account")
class PointsAccount {
    @Id
    private String phone;
    private long balance;
    @Column(name = "last_earned_on")
    private LocalDate lastEarnedOn;
    @Version
    private long version;

    protected PointsAccount() {
    }

    PointsAccount(String phone) {
        this.phone = phone;
    }

    String phone() {
        return phone;
    }

    long balance() {
        return balance;
    }

    LocalDate lastEarnedOn() {
        return lastEarnedOn;
    }

    /** When the balance expires without new points; null when there is nothing to expire. */
    LocalDate expiresOn(int expiryMonths) {
        return balance == 0 || lastEarnedOn == null ? null : lastEarnedOn.plusMonths(expiryMonths);
    }

    PointsEntry earn(long points, BigDecimal billed, String orderNumber, String billNumber, String actor, Instant at,
            LocalDate today) {
        balance = Math.addExact(balance, points);
        lastEarnedOn = today;
        return new PointsEntry(phone, PointsEntry.Kind.EARN, points, balance, billed, orderNumber, billNumber, actor, at);
    }

    /**
     * Spends points at billing.
     *
     * @throws InvalidInputException naming {@code field} when the balance is smaller
     */
    PointsEntry redeem(long points, BigDecimal worth, String orderNumber, String field, String actor, Instant at) {
        if (points > balance) {
            throw new InvalidInputException(field, "must be at most the customer's balance of " + balance + " points");
        }
        balance -= points;
        return new PointsEntry(phone, PointsEntry.Kind.REDEEM, -points, balance, worth, orderNumber, null, actor, at);
    }

    /** Takes back up to {@code points} that an order earned (a credit note); never more than the balance. */
    PointsEntry takeBack(long points, String orderNumber, String creditNoteNumber, String actor, Instant at) {
        long taken = Math.min(points, balance);
        balance -= taken;
        return new PointsEntry(phone, PointsEntry.Kind.TAKE_BACK, -taken, balance, null, orderNumber, creditNoteNumber,
                actor, at);
    }

    /** The whole balance lapses: no new points for the table's expiry months. */
    PointsEntry expire(Instant at) {
        long lapsed = balance;
        balance = 0;
        return new PointsEntry(phone, PointsEntry.Kind.EXPIRE, -lapsed, 0, null, null, null, "system", at);
    }
}
