package com.orderflow.trading;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.engine.LatestDecisions;

/**
 * What the shop promises a customer for a shipment (S6): the table dmn/shipment-promise.dmn gives the
 * days per carrier and lane; the promise runs out at 21:00 shop time on the last of them.
 */
@Component
class ShipmentPromise {
    static final String DECISION_KEY = "shipment-promise";
    static final LocalTime END_OF_DAY = LocalTime.of(21, 0);

    private final LatestDecisions decisions;
    private final ShopClock clock;

    ShipmentPromise(LatestDecisions decisions, ShopClock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    int days(String carrier, String lane) {
        Object days = decisions.evaluate(DECISION_KEY, Map.of("carrier", carrier, "lane", lane)).getSingleEntry();
        if (!(days instanceof Number number) || number.intValue() < 0) {
            throw new IllegalStateException(DECISION_KEY + " gives no promise for " + carrier + " on lane " + lane);
        }
        return number.intValue();
    }

    Instant promisedBy(String carrier, String lane, Instant bookedAt) {
        LocalDate booked = LocalDate.ofInstant(bookedAt, clock.zone());
        return clock.at(booked.plusDays(days(carrier, lane)), END_OF_DAY).toInstant();
    }
}
