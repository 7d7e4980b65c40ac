package com.orderflow.reports.process;

/** Names shared by the daily-summary and reports-rollup diagrams, their adapters and their tests. */
public final class DailySummaryProcess {
    public static final String KEY = "daily-summary";
    public static final String ROLLUP_KEY = "reports-rollup";

    /** The shop day the summary is for (ISO date), set when the figures are worked out. */
    public static final String VAR_SUMMARY_DAY = "summaryDay";

    public static final String START_EVENING = "TimerStartEvent_EveryEvening";
    public static final String SERVICE_COMPOSE = "ServiceTask_ComposeSummary";
    public static final String SERVICE_MESSAGES = "ServiceTask_SendMessages";
    public static final String SERVICE_EMAILS = "ServiceTask_SendEmails";
    public static final String END_SENT = "EndEvent_SummarySent";

    public static final String ROLLUP_START = "TimerStartEvent_AfterMidnight";
    public static final String ROLLUP_TASK = "ServiceTask_RollUp";
    public static final String ROLLUP_END = "EndEvent_RolledUp";

    private DailySummaryProcess() {
    }
}
