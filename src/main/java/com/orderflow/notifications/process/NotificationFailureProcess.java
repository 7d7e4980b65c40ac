package com.orderflow.notifications.process;

/** Names shared by the notification-failure diagram, its adapters and its tests. */
public final class NotificationFailureProcess {
    public static final String KEY = "notification-failure";

    public static final String VAR_NOTIFICATION_ID = "notificationId";
    public static final String VAR_ORDER_NUMBER = "orderNumber";
    public static final String VAR_CUSTOMER_PHONE = "customerPhone";
    public static final String VAR_PROBLEM = "problem";
    public static final String VAR_MESSAGE_TEXT = "messageText";
    /** Set by the Customer Care form: {@link #OUTCOME_RESEND} or {@link #OUTCOME_INFORMED}. */
    public static final String VAR_OUTCOME = "followUpOutcome";

    public static final String OUTCOME_RESEND = "resend";
    public static final String OUTCOME_INFORMED = "informed";

    public static final String TASK_FOLLOW_UP = "UserTask_FollowUpFailedNotification";
    public static final String END_RESENT = "EndEvent_NotificationResent";
    public static final String END_INFORMED = "EndEvent_CustomerInformed";

    private NotificationFailureProcess() {
    }
}
