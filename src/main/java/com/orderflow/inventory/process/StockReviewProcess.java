package com.orderflow.inventory.process;

/** Names shared by the stock-review diagram, its adapters and its tests. */
public final class StockReviewProcess {
    public static final String KEY = "stock-review";

    public static final String MESSAGE_REVIEW_REQUESTED = "StockReviewRequested";

    /** comma-separated ids of the alerts this review opened (a string: no Java-serialized variables) */
    public static final String VAR_NEW_ALERT_IDS = "newAlertIds";
    public static final String VAR_NEW_ALERT_COUNT = "newAlertCount";
    public static final String VAR_ALERT_ID = "alertId";
    public static final String VAR_ALERT_MESSAGE = "alertMessage";
    public static final String VAR_RESOLUTION = "resolution";
    public static final String VAR_RESOLUTION_NOTE = "resolutionNote";

    public static final String START_DAILY = "StartEvent_DailyStockReview";
    public static final String START_REQUESTED = "StartEvent_StockReviewRequested";
    public static final String TASK_EVALUATE = "ServiceTask_EvaluateStockRules";
    public static final String TASK_HANDLE_ALERT = "UserTask_HandleStockAlert";
    public static final String TASK_CLOSE_ALERT = "ServiceTask_CloseStockAlert";
    public static final String END_REVIEWED = "EndEvent_StockReviewed";
    public static final String END_NO_NEW_ALERTS = "EndEvent_NoNewAlerts";

    private StockReviewProcess() {
    }
}
