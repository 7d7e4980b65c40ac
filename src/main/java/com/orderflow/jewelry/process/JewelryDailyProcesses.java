package com.orderflow.jewelry.process;

/** Names of the two daily, timer-started jewelry processes: karigar slips (J4) and the morning report (J7). */
public final class JewelryDailyProcesses {
    public static final String SLIPS_KEY = "karigar-slips";
    public static final String SLIPS_START = "StartEvent_EndOfDay";
    public static final String SLIPS_TASK = "ServiceTask_PrintAndSendSlips";
    public static final String SLIPS_END = "EndEvent_SlipsSent";
    public static final String VAR_SLIP_COUNT = "slipCount";

    public static final String REPORT_KEY = "jewelry-morning-report";
    public static final String REPORT_START = "StartEvent_EveryMorning";
    public static final String REPORT_TASK = "ServiceTask_SendMorningReport";
    public static final String REPORT_END = "EndEvent_ReportSent";

    private JewelryDailyProcesses() {
    }
}
