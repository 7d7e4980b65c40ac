package com.orderflow.helpdesk.process;

import org.springframework.stereotype.Component;

import com.orderflow.helpdesk.HelpdeskSettings;
import com.orderflow.platform.engine.ProcessBean;

/** Durations of the ticket diagram's timers from the settings: {@code ${helpdeskTimers.closeQuietAfter()}}. */
@ProcessBean
@Component("helpdeskTimers")
public class HelpdeskTimers {
    private final HelpdeskSettings settings;

    HelpdeskTimers(HelpdeskSettings settings) {
        this.settings = settings;
    }

    /** ISO-8601, as the engine's timer duration reads it. */
    public String closeQuietAfter() {
        return settings.getCloseQuietAfter().toString();
    }
}
