package com.orderflow.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The delivery boys' money of one shop day: per boy, what his stops delivered that day were to
 * collect, what came in by cash and by UPI, how much less was collected than was due, and the cash
 * he handed over (if it was recorded). Sums are over all boys.
 */
public record DeliveryCashDay(LocalDate day, List<BoyCash> boys) {

    /**
     * @param handover null until the dispatcher or biller records it
     */
    public record BoyCash(String deliveryBoy, int deliveredStops, BigDecimal due, BigDecimal cashCollected,
            BigDecimal upiCollected, BigDecimal shortCollected, Handover handover) {

        /** Cash he still owes the shop for the day: collected less handed over (all of it before the hand-over). */
        public BigDecimal cashNotHandedOver() {
            return handover == null ? cashCollected : cashCollected.subtract(handover.handedOver());
        }
    }

    /**
     * @param expected the cash his stops had collected when the hand-over was counted
     * @param shortBy expected less handed over: more than zero is a shortfall, below zero more was given
     */
    public record Handover(BigDecimal expected, BigDecimal handedOver, BigDecimal shortBy, String note,
            String recordedBy, Instant recordedAt) {

        public boolean isShort() {
            return shortBy.signum() > 0;
        }
    }

    public BigDecimal due() {
        return sum(BoyCash::due);
    }

    public BigDecimal cashCollected() {
        return sum(BoyCash::cashCollected);
    }

    public BigDecimal upiCollected() {
        return sum(BoyCash::upiCollected);
    }

    /** Less collected at the doors than was due, over all stops. */
    public BigDecimal shortCollected() {
        return sum(BoyCash::shortCollected);
    }

    /** Cash handed over in recorded hand-overs. */
    public BigDecimal cashHandedOver() {
        return sum(b -> b.handover() == null ? BigDecimal.ZERO : b.handover().handedOver());
    }

    /** Cash the recorded hand-overs were short by (shortfalls only). */
    public BigDecimal cashShort() {
        return sum(b -> b.handover() == null ? BigDecimal.ZERO : b.handover().shortBy().max(BigDecimal.ZERO));
    }

    /** Cash still with the delivery boys: collected and not handed over. */
    public BigDecimal cashNotHandedOver() {
        return sum(BoyCash::cashNotHandedOver);
    }

    private BigDecimal sum(Function<BoyCash, BigDecimal> amount) {
        return boys.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
