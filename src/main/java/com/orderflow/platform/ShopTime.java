package com.orderflow.platform;

import java.time.LocalTime;

import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.ProcessBean;

/**
 * Daily timers at the shop's time, for diagrams: {@code ${shopTime.dailyCron('07:00')}} in a timer
 * start event's time cycle. See {@link ShopClock#dailyCron}.
 */
@ProcessBean
@Component("shopTime")
public class ShopTime {
    private final ShopClock clock;

    ShopTime(ShopClock clock) {
        this.clock = clock;
    }

    /** @param localTime the shop's local time, "HH:mm" */
    public String dailyCron(String localTime) {
        return clock.dailyCron(LocalTime.parse(localTime));
    }
}
