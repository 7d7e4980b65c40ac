package com.orderflow.jewelry.process;

/** Names shared by jewelry-order.bpmn, jewelry-repair.bpmn, their adapters, the jewelry service and the tests. */
public final class JewelryOrderProcess {
    public static final String KEY = "jewelry-order";
    public static final String REPAIR_KEY = "jewelry-repair";
    public static final String ASSIGNMENT_DECISION = "karigar-assignment";
    public static final String TOLERANCE_DECISION = "weight-tolerance";

    public static final String VAR_ORDER_ID = "jewelryOrderId";
    public static final String VAR_ORDER_NUMBER = "orderNumber";
    public static final String VAR_CUSTOMER_NAME = "customerName";
    /** One line about the piece for the forms: category, metal, weight, size, due date, branch. */
    public static final String VAR_SUMMARY = "orderSummary";
    public static final String VAR_CATEGORY = "category";
    public static final String VAR_METAL = "metal";
    /**
     * Inputs of the assignment table, from the karigar master: the least busy active karigar who
     * makes the category in the metal (none: null), and his open pieces.
     */
    public static final String VAR_SKILLED_KARIGAR = "skilledKarigar";
    public static final String VAR_WORKLOAD = "workload";
    /** The design is a shop item (J2): the order goes to the suggested karigar at once. */
    public static final String VAR_FROM_SHOP_ITEM = "designFromShopItem";
    public static final String VAR_SUGGESTED_KARIGAR = "suggestedKarigar";
    public static final String VAR_KARIGAR = "karigarId";
    public static final String VAR_DUE_DATE = "dueDate";
    /** The day before the due date at the configured time (the karigar's reminder). */
    public static final String VAR_REMINDER_AT = "karigarReminderAt";
    /** The day after the due date at the configured time (escalation to the order manager). */
    public static final String VAR_OVERDUE_AT = "overdueAt";
    /** ISO repeat, e.g. R/P3D: the customer's follow-up while a ready piece is not collected. */
    public static final String VAR_FOLLOW_UP_CYCLE = "followUpCycle";

    /** The samples the karigar must take, for the issue form (set at intake). */
    public static final String VAR_SAMPLES_NOTE = "samplesNote";
    public static final String VAR_ISSUED_METAL_GRAMS = "issuedMetalGrams";
    public static final String VAR_GROSS_GRAMS = "grossGrams";
    public static final String VAR_NET_GRAMS = "netGrams";
    public static final String VAR_SAMPLES_RETURNED = "samplesReturned";
    public static final String VAR_CUSTOMER_STONES_RETURNED = "customerStonesReturned";
    public static final String VAR_DIFFERENCE_PERCENT = "differencePercent";
    public static final String VAR_WITHIN_ORDER_TOLERANCE = "withinOrderTolerance";
    public static final String VAR_WEIGHT_DIFFERENCE = "weightDifference";
    public static final String VAR_NEEDS_APPROVAL = "needsApproval";
    public static final String VAR_WEIGHT_APPROVED = "weightApproved";
    public static final String VAR_QUALITY_PASSED = "qualityPassed";
    public static final String VAR_REWORK_REASON = "reworkReason";
    public static final String VAR_NEW_DUE_DATE = "newDueDate";
    /** The due date the karigar was last reminded of: one reminder per due date, however often the timer re-arms. */
    public static final String VAR_KARIGAR_REMINDED_FOR = "karigarRemindedFor";
    public static final String VAR_TAG_NUMBER = "tagNumber";
    public static final String VAR_SAMPLES_OUTSTANDING = "samplesOutstanding";
    /** returned | lost */
    public static final String VAR_SAMPLE_OUTCOME = "sampleOutcome";
    public static final String VAR_SAMPLE_NOTE = "sampleNote";
    /** A repair: what the karigar added, and the labour. */
    public static final String VAR_LABOUR = "labourRupees";
    public static final String VAR_ADDED_STONE_DESCRIPTION = "addedStoneDescription";
    public static final String VAR_ADDED_STONE_COUNT = "addedStoneCount";
    public static final String VAR_ADDED_STONE_GRAMS = "addedStoneGrams";
    public static final String VAR_ADDED_STONE_PRICE = "addedStonePrice";

    public static final String START = "StartEvent_OrderTaken";
    public static final String RULE_SUGGEST_KARIGAR = "BusinessRuleTask_SuggestKarigar";
    public static final String TASK_ASSIGN_KARIGAR = "UserTask_AssignKarigar";
    public static final String SERVICE_ASSIGN_KARIGAR = "ServiceTask_AssignKarigar";
    public static final String TASK_ISSUE = "UserTask_IssueToKarigar";
    public static final String TASK_RECEIVE = "UserTask_ReceiveFromKarigar";
    public static final String TIMER_DAY_BEFORE_DUE = "TimerEvent_DayBeforeDue";
    public static final String SERVICE_REMIND_KARIGAR = "ServiceTask_RemindKarigar";
    public static final String TIMER_OVERDUE = "TimerEvent_Overdue";
    public static final String TASK_CHASE_OVERDUE = "UserTask_ChaseOverdueWork";
    public static final String RULE_CHECK_TOLERANCE = "BusinessRuleTask_CheckWeightTolerance";
    public static final String TASK_APPROVE_WEIGHT = "UserTask_ApproveWeightDifference";
    public static final String TASK_CHECK_QUALITY = "UserTask_CheckQuality";
    public static final String SERVICE_SEND_BACK = "ServiceTask_SendBackToKarigar";
    public static final String SERVICE_CREATE_TAG = "ServiceTask_CreateTag";
    public static final String TASK_DISPATCH = "UserTask_SendToBranch";
    public static final String TASK_RECEIVE_AT_COUNTER = "UserTask_ReceiveAtCounter";
    public static final String SERVICE_TELL_CUSTOMER = "ServiceTask_TellCustomerReady";
    public static final String TASK_HAND_OVER = "UserTask_HandOver";
    public static final String TIMER_FOLLOW_UP = "TimerEvent_FollowUpCustomer";
    public static final String SERVICE_FOLLOW_UP = "ServiceTask_FollowUpCustomer";
    public static final String SERVICE_BILL = "ServiceTask_BillHandover";
    public static final String SERVICE_CHECK_SAMPLES = "ServiceTask_CheckSamples";
    public static final String TASK_ACCOUNT_SAMPLES = "UserTask_AccountForSamples";
    public static final String END_HANDED_OVER = "EndEvent_HandedOver";
    public static final String END_KARIGAR_REMINDED = "EndEvent_KarigarReminded";
    public static final String END_CUSTOMER_FOLLOWED_UP = "EndEvent_CustomerFollowedUp";

    public static final String SERVICE_RECORD_ISSUE = "ServiceTask_RecordIssue";
    public static final String SERVICE_RECORD_RECEIPT = "ServiceTask_RecordReceipt";
    public static final String SERVICE_RECORD_REPAIR_RECEIPT = "ServiceTask_RecordRepairReceipt";
    public static final String SERVICE_NEW_DUE_DATE = "ServiceTask_RecordNewDueDate";
    public static final String SERVICE_ACCOUNT_SAMPLES = "ServiceTask_AccountForSamples";
    public static final String REPAIR_START = "StartEvent_RepairTaken";
    public static final String REPAIR_END = "EndEvent_RepairHandedOver";

    private JewelryOrderProcess() {
    }
}
