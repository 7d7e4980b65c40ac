package com.orderflow.operations.process;

import org.springframework.stereotype.Component;

import com.orderflow.operations.BackupSettings;
import com.orderflow.platform.ShopClock;
import com.orderflow.platform.engine.ProcessBean;

/**
 * When the nightly backup and check run: {@code orderflow.operations.at} and {@code check-at} in
 * the shop's zone, as crons for the diagrams' timer start events
 * ({@code ${operationsSchedule.backupCron()}}); see {@link ShopClock#dailyCron}.
 */
@ProcessBean
@Component("operationsSchedule")
public class OperationsSchedule {
    private final BackupSettings settings;
    private final ShopClock clock;

    OperationsSchedule(BackupSettings settings, ShopClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public String backupCron() {
        return clock.dailyCron(settings.at());
    }

    public String checkCron() {
        return clock.dailyCron(settings.checkAt());
    }
}
