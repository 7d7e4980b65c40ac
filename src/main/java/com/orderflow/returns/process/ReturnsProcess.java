package com.orderflow.returns.process;

/** Names shared by the returns diagram, its adapters, its forms and its tests. */
public final class ReturnsProcess {
    public static final String KEY = "returns";
    public static final String DECISION_KEY = "refund-or-replacement";

    public static final String VAR_RETURN_NUMBER = "returnNumber";
    public static final String VAR_ORDER_NUMBER = "orderNumber";
    /** DELIVERY or CUSTOMER_CARE */
    public static final String VAR_SOURCE = "source";
    /** the reason code: WRONG_ITEM, DAMAGED, SPOILED, REFUSED, MISSING_PIECES, OTHER (a table input) */
    public static final String VAR_REASON = "reason";
    public static final String VAR_PERISHABLE = "perishable";
    /** the order's total in whole rupees (a table input; money itself stays in the database) */
    public static final String VAR_ORDER_VALUE = "orderValue";
    public static final String VAR_DAYS_SINCE_DELIVERY = "daysSinceDelivery";
    public static final String VAR_RETURN_HISTORY = "returnsLast90Days";
    /** the table's answer: a map of decision and reasonText */
    public static final String VAR_SUGGESTION = "suggestion";
    public static final String VAR_SUGGESTED_DECISION = "suggestedDecision";
    public static final String VAR_SUGGESTION_REASON = "suggestionReason";
    /** refund, replacement, reject or review: prefilled with the suggestion, set by whoever decides */
    public static final String VAR_DECISION = "decision";
    /** why the decider chose differently from the suggestion (or why a manager decided so) */
    public static final String VAR_DECISION_REASON = "decisionReason";
    /** cash, upi or gateway */
    public static final String VAR_REFUND_METHOD = "refundMethod";
    public static final String VAR_REFUND_REFERENCE = "refundReference";
    /** restock or scrap: what inspection does with packs not decided one by one on the return page */
    public static final String VAR_GOODS_OUTCOME = "goodsOutcome";
    /** texts for the forms */
    public static final String VAR_RETURN_SUMMARY = "returnSummary";
    public static final String VAR_RETURNED_VALUE = "returnedValue";
    public static final String VAR_CUSTOMER_NAME = "customerName";
    public static final String VAR_NOTES = "returnNotes";
    public static final String VAR_PHOTO = "photoLink";

    public static final String DECISION_REFUND = "refund";
    public static final String DECISION_REPLACEMENT = "replacement";
    public static final String DECISION_REJECT = "reject";
    public static final String DECISION_REVIEW = "review";
    public static final String GOODS_RESTOCK = "restock";
    public static final String GOODS_SCRAP = "scrap";

    public static final String START = "StartEvent_ReturnOpened";
    public static final String SERVICE_RECORD_RETURN = "ServiceTask_RecordReturnedGoods";
    public static final String RULE_SUGGEST = "BusinessRuleTask_SuggestDecision";
    public static final String TASK_REVIEW = "UserTask_ReviewReturn";
    public static final String TASK_MANAGER_REVIEW = "UserTask_ManagerReviewReturn";
    public static final String TASK_INSPECT = "UserTask_InspectReturnedGoods";
    public static final String SERVICE_REFUND = "ServiceTask_RefundReturn";
    public static final String SERVICE_REPLACE = "ServiceTask_SendReplacement";
    public static final String SERVICE_REJECT = "ServiceTask_TellRejection";
    public static final String SERVICE_PUT_AWAY = "ServiceTask_PutAwayReturnedGoods";
    public static final String SERVICE_CLOSE = "ServiceTask_CloseReturn";
    /** Where the money and goods branches meet; asynchronous, so two people finishing at once never collide. */
    public static final String GATEWAY_JOIN = "Gateway_JoinMoneyAndGoods";
    public static final String END_CLOSED = "EndEvent_ReturnClosed";

    private ReturnsProcess() {
    }
}
