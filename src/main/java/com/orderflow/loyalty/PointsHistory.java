package com.orderflow.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's points as the account page and the biller see them.
 *
 * @param worth     what the balance is worth at billing, in rupees
 * @param expiresOn when the balance lapses without new points; null with no balance
 * @param lines     the newest ledger lines first
 */
public record PointsHistory(long balance, BigDecimal worth, String tier, int minimumRedemption, LocalDate expiresOn,
        List<Line> lines) {

    /** @param kind EARN, REDEEM, TAKE_BACK or EXPIRE */
    public record Line(String kind, long points, long balanceAfter, String orderNumber, Instant at) {
    }
}
