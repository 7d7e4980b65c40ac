package com.orderflow.platform.engine;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine's history cleanup runs every night in the shop's window (its start and end in shop time,
 * given to the engine with the zone's offset: "01:00+0530"), and deletes the history of work that
 * ended longer ago than its diagram's historyTimeToLive. The window must open after the reports'
 * nightly roll-up has read the day's history, or the roll-up could miss what the cleanup took.
 * Where the shop's zone has daylight saving, the window moves by an hour until the next start.
 */
final class HistoryCleanupWindow extends AbstractProcessEnginePlugin {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xx");
    private final String start;
    private final String end;

    HistoryCleanupWindow(LocalTime from, LocalTime until, LocalTime rollupAt, ZoneId zone) {
        if (!from.isAfter(rollupAt) || !until.isAfter(from)) {
            throw new IllegalStateException("orderflow.retention.cleanup-from (" + from + ") must come after the"
                    + " reports' roll-up (orderflow.reports.rollup-at, " + rollupAt + ") and before"
                    + " orderflow.retention.cleanup-until (" + until + ") on the same night");
        }
        String offset = OFFSET.format(zone.getRules().getOffset(Instant.now()));
        this.start = TIME.format(from) + offset;
        this.end = TIME.format(until) + offset;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryCleanupBatchWindowStartTime(start);
        configuration.setHistoryCleanupBatchWindowEndTime(end);
    }

    String start() {
        return start;
    }

    String end() {
        return end;
    }
}
