package com.orderflow.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The shop's time. Instants come from the engine clock so that tests that move the engine clock
 * (timers) move the business timestamps with it; dates are in the shop's zone.
 */
@Component
public class ShopClock {
    private final ZoneId zone;

    public ShopClock(@Value("${orderflow.zone:Asia/Kolkata}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZonedDateTime at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone);
    }

    public Clock asClock() {
        return Clock.fixed(now(), zone);
    }
}
