package com.orderflow.jewelry;

import static com.orderflow.jewelry.process.JewelryOrderProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.orderflow.platform.ShopClock;
import com.orderflow.platform.engine.ProcessBean;

/**
 * When a jewelry order's timers fire, in the shop's zone (J7, J8): the karigar's reminder on the
 * day before the due date, the escalation on the day after it, the customer's follow-ups every N
 * days. And the daily processes' crons, which the engine reads in the server's zone: they are
 * translated from shop time by {@link ShopClock#dailyCron}, so a server on UTC still prints slips
 * at 19:00 in Mumbai.
 */
@ProcessBean
@Component("jewelrySchedule")
public class JewelryTimers {
    private final JewelrySettings settings;
    private final ShopClock clock;

    JewelryTimers(JewelrySettings settings, ShopClock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Map<String, Object> variables(JewelryOrder order) {
        return variables(order.dueDate());
    }

    /** The timer variables of a (new) due date. */
    public Map<String, Object> variables(LocalDate dueDate) {
        return Map.of(VAR_DUE_DATE, dueDate.toString(),
                VAR_REMINDER_AT, date(dueDate.minusDays(1), settings.karigarReminderAt()),
                VAR_OVERDUE_AT, date(dueDate.plusDays(1), settings.overdueCheckAt()),
                VAR_FOLLOW_UP_CYCLE, "R/P" + settings.followUpDays() + "D");
    }

    /** Cron of the end-of-day karigar slips (karigar-slips.bpmn). */
    public String slipsCron() {
        return clock.dailyCron(settings.slipsAt());
    }

    /** Cron of the order manager's morning report (jewelry-morning-report.bpmn). */
    public String morningReportCron() {
        return clock.dailyCron(settings.morningReportAt());
    }

    private Date date(LocalDate day, LocalTime time) {
        return Date.from(clock.at(day, time).toInstant());
    }
}
