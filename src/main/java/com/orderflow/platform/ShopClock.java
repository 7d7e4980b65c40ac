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

    /**
     * A daily timer's cron for the engine, which reads crons in the JVM's own zone: the shop's local
     * time {@code at} turned into the server's zone, so "07:00" is 07:00 in the shop even on a server
     * set to UTC. Worked out for today; where the server's zone has daylight saving, a diagram
     * deployed before the change fires an hour off until it is deployed again.
     */
    public String dailyCron(LocalTime at) {
        ZonedDateTime server = at(today(), at).withZoneSameInstant(ZoneId.systemDefault());
        return "0 " + server.getMinute() + " " + server.getHour() + " * * ?";
    }
}
