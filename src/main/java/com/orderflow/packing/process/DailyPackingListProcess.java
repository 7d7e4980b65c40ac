package com.orderflow.packing.process;

/** Names shared by the daily-packing-list diagram, its adapters and its tests. */
public final class DailyPackingListProcess {
    public static final String KEY = "daily-packing-list";

    /** The delivery day the list is for (ISO date text), tomorrow when the evening timer fires. */
    public static final String VAR_PACKING_DATE = "packingDate";
    public static final String VAR_PACKING_LIST_SUMMARY = "packingListSummary";
    public static final String VAR_PACKING_LIST_FILE = "packingListFile";
    public static final String VAR_ORDER_COUNT = "packingOrderCount";

    public static final String START_EVENING = "TimerStartEvent_Evening";
    public static final String SERVICE_PRINT_LIST = "ServiceTask_PrintPackingList";
    public static final String TASK_PACK_TOMORROWS_ORDERS = "UserTask_PackTomorrowsOrders";
    public static final String END_PREPARED = "EndEvent_GoodsSetOut";
    public static final String END_NOTHING = "EndEvent_NothingToPack";

    private DailyPackingListProcess() {
    }
}
