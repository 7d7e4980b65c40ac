package com.orderflow.trading;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * When a shipment will arrive, predicted from the same carrier's last deliveries on the same lane
 * (E5 "predictive delay analytics"): the median transit time (half arrived sooner) and the 90th
 * percentile (nine in ten arrived sooner), from booking to delivery. Shown beside the promise; too
 * few past deliveries predict nothing.
 */
@Component
class TransitPrediction {
    static final int HISTORY = 50;

    private final ShipmentsRepository shipments;
    private final TradingSettings settings;

    TransitPrediction(ShipmentsRepository shipments, TradingSettings settings) {
        this.shipments = shipments;
        this.settings = settings;
    }

    /**
     * @param medianBy when half of such shipments have arrived
     * @param p90By    when nine in ten have
     */
    record Prediction(Instant medianBy, Instant p90By, Duration median, Duration p90, int samples) {
    }

    Optional<Prediction> predict(String carrier, String lane, Instant bookedAt) {
        if (bookedAt == null) {
            return Optional.empty();
        }
        List<Duration> transit = shipments.deliveredOnLane(carrier, lane, PageRequest.of(0, HISTORY)).stream()
                .map(s -> Duration.between(s.bookedAt(), s.deliveredAt())).filter(d -> !d.isNegative()).sorted().toList();
        if (transit.size() < Math.max(1, settings.getPredictionMinimumSamples())) {
            return Optional.empty();
        }
        Duration median = median(transit);
        Duration p90 = percentile(transit, 90);
        return Optional.of(new Prediction(bookedAt.plus(median), bookedAt.plus(p90), median, p90, transit.size()));
    }

    /** The middle one, or halfway between the two middle ones; {@code sorted} ascending, not empty. */
    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    /** Nearest rank: the smallest value with at least {@code percent}% of the values at or below it. */
    static Duration percentile(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }
}
