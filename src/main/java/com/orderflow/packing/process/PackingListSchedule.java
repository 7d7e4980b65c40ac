package com.orderflow.packing.process;

import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.engine.ProcessBean;

/**
 * When the evening packing list is made: {@code orderflow.packing.daily-list-at} in the shop's
 * zone. The engine reads a timer's cron in the JVM's own zone (see the README's note on
 * stock-review), so the diagram asks this bean ({@code ${packingListSchedule.cron()}}) for a cron
 * that fires at the shop's time wherever the server's clock is set. Read once when the diagram is
 * deployed; a server zone with daylight saving moves it by an hour until the next deployment.
 */
@ProcessBean
@Component("packingListSchedule")
public class PackingListSchedule {
    private final LocalTime at;
    private final ShopClock clock;

    PackingListSchedule(@Value("${orderflow.packing.daily-list-at:18:00}") LocalTime at, ShopClock clock) {
        this.at = at;
        this.clock = clock;
    }

    /** A Quartz-style cron for the engine: seconds minutes hours, every day, in the JVM's zone. */
    public String cron() {
        return clock.dailyCron(at);
    }
}
