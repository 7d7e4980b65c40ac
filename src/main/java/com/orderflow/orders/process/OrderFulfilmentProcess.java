package com.orderflow.orders.process;

/** Names shared by the order-fulfilment diagram, its adapters and its tests. */
public final class OrderFulfilmentProcess {
    public static final String KEY = "order-fulfilment";

    public static final String MESSAGE_ORDER_CANCELLED = "OrderCancelled";
    public static final String MESSAGE_CUSTOMER_CONFIRMED = "CustomerConfirmedDelivery";
    public static final String MESSAGE_CUSTOMER_RESCHEDULE = "CustomerAskedToReschedule";
    /** A bill was revised after packing: the packer adjusts the packed goods ({@code packingChanges} says how). */
    public static final String MESSAGE_BILL_CHANGED = "BillChanged";
    /**
     * A delivery run with this order on it was taken out (correlated by business key, with
     * {@code deliveryBoy} and {@code deliveryRun}): the order is out for delivery with him.
     */
    public static final String MESSAGE_OUT_FOR_DELIVERY = "OrderOutForDelivery";
    /** The delivery boy completed the order's stop as delivered (with {@code proofId}). */
    public static final String MESSAGE_DELIVERED = "OrderDelivered";
    /** The delivery boy brought the order back (with {@code returnReason} and {@code proofId}). */
    public static final String MESSAGE_RETURNED = "OrderReturned";

    public static final String VAR_ORDER_ID = "orderId";
    public static final String VAR_ORDER_NUMBER = "orderNumber";
    public static final String VAR_CUSTOMER_NAME = "customerName";
    public static final String VAR_ORDER_SUMMARY = "orderSummary";
    public static final String VAR_TOTAL_AMOUNT = "totalAmount";
    public static final String VAR_ADVANCE_BOOKING = "advanceBooking";
    public static final String VAR_DELIVERY_DATE = "deliveryDate";
    public static final String VAR_DISPATCH_REMINDER_AT = "dispatchReminderAt";
    public static final String VAR_DELIVERY_BOY = "deliveryBoy";
    public static final String VAR_DELIVERY_OUTCOME = "deliveryOutcome";
    public static final String VAR_RETURN_REASON = "returnReason";
    /** The number of the delivery run that carries the order. */
    public static final String VAR_DELIVERY_RUN = "deliveryRun";
    /** The proof (photo or signature) the stop ended with; the proof's row says the rest. */
    public static final String VAR_PROOF_ID = "proofId";
    /** When the delivery promise runs out (S6), a date for the promise timer. */
    public static final String VAR_PROMISED_BY = "promisedBy";
    public static final String VAR_CANCELLED_BY = "cancelledBy";
    public static final String VAR_CANCEL_REASON = "cancelReason";
    public static final String VAR_STOCK_RESERVED = "stockReserved";
    public static final String VAR_STOCK_PROBLEM = "stockProblem";
    /** What a bill revision changed, as the packer reads it (a local variable of each adjust task). */
    public static final String VAR_PACKING_CHANGES = "packingChanges";
    /** Set when a packer claims the pack task: from then on a cancellation needs someone to unpack. */
    public static final String VAR_PACKING_STARTED = "packingStarted";
    /** The batches to pick, one per line, for the pack form (set when the task is claimed). */
    public static final String VAR_PLANNED_BATCHES = "plannedBatches";
    /** The batches the packer says he packed: the plan, corrected by him in the form. */
    public static final String VAR_PACKED_BATCHES = "packedBatches";
    /** Unit weight × packs, in grams, as text for the form. */
    public static final String VAR_EXPECTED_WEIGHT_GRAMS = "expectedWeightGrams";
    /** What the packer's scale read, in grams (a number field of the form). */
    public static final String VAR_PACKED_WEIGHT_GRAMS = "packedWeightGrams";
    /** The packer who completed the packing (the task's assignee). */
    public static final String VAR_PACKED_BY = "packedBy";

    /** Whether an earlier order from the same phone with the same items came in the last minutes (F5). */
    public static final String VAR_POSSIBLE_DUPLICATE = "possibleDuplicate";
    /** The number of that earlier order. */
    public static final String VAR_DUPLICATE_OF = "duplicateOf";
    /** The order manager's choice at the duplicate hold: {@value #DECISION_RELEASE} or {@value #DECISION_CANCEL}. */
    public static final String VAR_DUPLICATE_DECISION = "duplicateDecision";
    public static final String DECISION_RELEASE = "release";
    public static final String DECISION_CANCEL = "cancel";

    public static final String ERROR_STOCK_SHORT = "STOCK_SHORT";

    public static final String OUTCOME_DELIVERED = "delivered";
    public static final String OUTCOME_RETURNED = "returned";

    public static final String TASK_PACK = "UserTask_PackOrder";
    public static final String TASK_BILL = "UserTask_BillOrder";
    public static final String TASK_ADJUST_PACKING = "UserTask_AdjustPacking";
    public static final String TASK_UNPACK_CANCELLED = "UserTask_UnpackCancelledOrder";
    public static final String SERVICE_TAKE_PACKED_STOCK = "ServiceTask_TakePackedStock";
    public static final String SERVICE_ISSUE_BILL = "ServiceTask_IssueBill";
    public static final String TASK_RESOLVE_STOCK_SHORTAGE = "UserTask_ResolveStockShortage";
    public static final String TASK_RESCHEDULE_DELIVERY = "UserTask_RescheduleDelivery";
    /** Waits, ready for dispatch, until a delivery run takes the order out. */
    public static final String EVENT_OUT_FOR_DELIVERY = "MessageEvent_OutForDelivery";
    public static final String EVENT_DELIVERED = "MessageEvent_OrderDelivered";
    public static final String EVENT_RETURNED = "MessageEvent_OrderReturned";
    public static final String GATEWAY_DELIVERED_OR_RETURNED = "Gateway_DeliveredOrReturned";
    /** Fires when the promise runs out while the order is still open (S6). */
    public static final String TIMER_PROMISE_PASSED = "TimerStartEvent_PromisePassed";
    public static final String TASK_LATE_DELIVERY = "UserTask_LateDeliveryFollowUp";
    public static final String TIMER_DAY_BEFORE_DISPATCH = "TimerEvent_DayBeforeDispatch";
    public static final String TASK_POSSIBLE_DUPLICATE = "UserTask_PossibleDuplicateOrder";
    public static final String END_DUPLICATE_CANCELLED = "EndEvent_DuplicateOrderCancelled";
    public static final String END_DELIVERED = "EndEvent_OrderDelivered";
    public static final String END_RETURNED = "EndEvent_OrderReturned";
    public static final String END_CANCELLED = "EndEvent_OrderCancelled";
    public static final String END_UNPACKED = "EndEvent_CancelledOrderUnpacked";
    public static final String END_PACKING_ADJUSTED = "EndEvent_PackingAdjusted";

    private OrderFulfilmentProcess() {
    }
}
