package com.orderflow.platform;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code orderflow.retention}: how long finished work is kept and when it is cleared away.
 *
 * @param keep          how long our own audit entries and finished notifications are kept; the engine's
 *                      history is kept as long as each diagram's historyTimeToLive says (P180D in all of
 *                      ours, the same by default)
 * @param cleanupFrom   the shop time the engine's nightly history cleanup may start; after the reports'
 *                      roll-up ({@code orderflow.reports.rollup-at}), which reads that history
 * @param cleanupUntil  the shop time the engine's history cleanup stops for the night
 * @param cron          when the job that deletes our own expired rows runs, shop time (read by its
 *                      {@code @Scheduled}); inside the cleanup window
 */
@ConfigurationProperties(prefix = "orderflow.retention")
public record RetentionSettings(@DefaultValue("P180D") Duration keep, @DefaultValue("01:00") LocalTime cleanupFrom,
        @DefaultValue("05:00") LocalTime cleanupUntil, @DefaultValue("0 30 1 * * *") String cron) {
}
