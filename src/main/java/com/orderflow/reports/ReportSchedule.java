package com.orderflow.reports;

import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.engine.ProcessBean;

/**
 * When the reports' timers fire, in the shop's zone whatever the server's: the nightly roll-up
 * ({@code orderflow.reports.rollup-at}, 00:20) and the daily summary
 * ({@code orderflow.reports.summary.at}, 21:00). The diagrams ask this bean for their crons
 * ({@code ${reportSchedule.summaryCron()}}); read once when a diagram is deployed.
 */
@ProcessBean
@Component("reportSchedule")
public class ReportSchedule {
    private final ReportSettings settings;
    private final ShopClock clock;

    ReportSchedule(ReportSettings settings, ShopClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public String rollupCron() {
        return clock.dailyCron(settings.rollupAt());
    }

    public String summaryCron() {
        return clock.dailyCron(settings.summary().at());
    }
}
