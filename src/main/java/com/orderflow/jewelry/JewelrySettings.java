package com.orderflow.jewelry;

import java.nio.file.Path;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code orderflow.jewelry}: where photos and karigar slips go, when the daily timers fire (shop
 * time), how often a customer whose piece is ready is followed up, and how karigars are messaged.
 */
@ConfigurationProperties(prefix = "orderflow.jewelry")
public record JewelrySettings(
        @DefaultValue("./data/jewelry-photos") Path photoFolder,
        @DefaultValue("5MB") DataSize photoMaxSize,
        @DefaultValue("./data/karigar-slips") Path slipFolder,
        @DefaultValue("19:00") LocalTime slipsAt,
        @DefaultValue("09:30") LocalTime morningReportAt,
        @DefaultValue("10:00") LocalTime karigarReminderAt,
        @DefaultValue("10:00") LocalTime overdueCheckAt,
        @DefaultValue("3") Integer followUpDays,
        @DefaultValue("WHATSAPP") String karigarChannel) {
}
