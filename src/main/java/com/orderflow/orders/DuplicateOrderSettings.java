package com.orderflow.orders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code orderflow.orders.duplicates.*}: when a new order is held as a possible duplicate (F5). */
@ConfigurationProperties("orderflow.orders.duplicates")
public class DuplicateOrderSettings {
    /** An earlier order from the same phone with the same items this recently makes a new one suspect; 0 = never. */
    private Duration window = Duration.ofMinutes(10);

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }
}
