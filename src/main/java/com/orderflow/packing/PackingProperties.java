package com.orderflow.packing;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.packing}: where slips are printed, and how far the scale may be from unit
 * weight × packs before the packer is asked to weigh again (boxes and sweets vary; a typo of one
 * zero does not). {@code daily-list-at} is read by {@code process.PackingListSchedule}, where the
 * evening timer asks for it. {@code queue-shown}: how many of the unclaimed tasks the packing board
 * lists, oldest first (a busy shop has thousands; the board counts them all).
 */
@ConfigurationProperties(prefix = "orderflow.packing")
record PackingProperties(
        @DefaultValue("./data/print-queue") Path printerFolder,
        @DefaultValue("0.5") BigDecimal minWeightRatio,
        @DefaultValue("2.0") BigDecimal maxWeightRatio,
        @DefaultValue("10") Integer refreshSeconds,
        @DefaultValue("30") Integer queueShown) {
}
