package com.orderflow.trading.process;

/** Names shared by trading-order.bpmn, its adapters and its tests. The process carries ids; the domain carries data. */
public final class TradingOrderProcess {
    public static final String KEY = "trading-order";

    public static final String VAR_ORDER_ID = "orderId";
    public static final String VAR_ORDER_NUMBER = "orderNumber";

    // messages the domain sends to an order's process (by business key = order number)
    /** The gateway's money for a prepaid order arrived (billing's callback). */
    public static final String MESSAGE_PAYMENT_RECEIVED = "TradingPaymentReceived";
    /** The vendor answered the purchase order from the link. */
    public static final String MESSAGE_VENDOR_ANSWERED = "VendorAnswered";
    public static final String MESSAGE_PICKED_UP = "ShipmentPickedUp";
    public static final String MESSAGE_IN_TRANSIT = "ShipmentInTransit";
    public static final String MESSAGE_AT_HUB = "ShipmentAtHub";
    public static final String MESSAGE_OUT_FOR_DELIVERY = "ShipmentOutForDelivery";
    /** Delivered with proof: a photo, a signature or the delivery OTP. */
    public static final String MESSAGE_DELIVERED = "ShipmentDelivered";
    /** The courier brought the shipment back (return to origin). */
    public static final String MESSAGE_RETURNED = "ShipmentReturned";
    public static final String MESSAGE_SLOT_CONFIRMED = "InstallationSlotConfirmed";
    public static final String MESSAGE_SLOT_DECLINED = "InstallationSlotDeclined";
    public static final String MESSAGE_CUSTOMER_RATED = "CustomerRated";
    /** Every vendor stage up to the installation is released (from vendor-payment.bpmn). */
    public static final String MESSAGE_VENDOR_PAID = "VendorPaidUpToInstallation";

    public static final String ERROR_NO_TECHNICIAN = "NO_TECHNICIAN";

    // elements a test, a listener or a log names
    public static final String START = "StartEvent_OrderConfirmed";
    /** Where a prepaid order waits for its money (or the overdue timer): the event-based gateway. */
    public static final String GATEWAY_AWAIT_PAYMENT = "Gateway_AwaitPayment";
    /** Where an offered slot waits for the customer's answer (or the timer). */
    public static final String GATEWAY_SLOT_ANSWER = "Gateway_SlotAnswer";
    public static final String EVENT_PAYMENT_RECEIVED = "MessageEvent_PaymentReceived";
    public static final String TIMER_PAYMENT_OVERDUE = "TimerEvent_PaymentOverdue";
    public static final String TASK_CHECK_UNPAID = "UserTask_CheckUnpaidOrder";
    public static final String SERVICE_VERIFY_PAYMENT = "ServiceTask_VerifyPayment";
    public static final String SERVICE_ALLOCATE_STOCK = "ServiceTask_AllocateStock";
    public static final String SERVICE_RAISE_PO = "ServiceTask_RaisePurchaseOrder";
    public static final String TASK_CONFIRM_VENDOR = "UserTask_ConfirmVendorAcceptance";
    public static final String BOUNDARY_VENDOR_ANSWERED = "BoundaryEvent_VendorAnsweredByLink";
    public static final String BOUNDARY_PO_UNANSWERED = "BoundaryEvent_PurchaseOrderUnanswered";
    public static final String TASK_CHASE_VENDOR = "UserTask_ChaseVendor";
    public static final String TASK_SOURCE_AGAIN = "UserTask_SourceAgain";
    public static final String TASK_PICK = "UserTask_PickItems";
    public static final String TASK_QUALITY_CHECK = "UserTask_QualityCheck";
    public static final String TASK_PACK = "UserTask_PackAndLabel";
    public static final String TASK_DISPATCH = "UserTask_DispatchShipment";
    public static final String SERVICE_BOOK_SHIPMENT = "ServiceTask_BookShipment";
    public static final String GATEWAY_DELIVERED_OR_BACK = "Gateway_DeliveredOrBack";
    public static final String EVENT_RETURNED_AFTER_ATTEMPT = "MessageEvent_ReturnedAfterAttempt";
    public static final String END_DELAY_HANDLED = "EndEvent_DelayHandled";
    public static final String END_NOT_LATE = "EndEvent_NotLate";
    public static final String END_VENDOR_CHASED = "EndEvent_VendorChased";
    public static final String SUBPROCESS_SHIPMENT = "SubProcess_ShipmentOnTheWay";
    public static final String EVENT_PICKED_UP = "MessageEvent_PickedUp";
    public static final String EVENT_IN_TRANSIT = "MessageEvent_InTransit";
    public static final String EVENT_AT_HUB = "MessageEvent_AtHub";
    public static final String EVENT_OUT_FOR_DELIVERY = "MessageEvent_OutForDelivery";
    public static final String EVENT_DELIVERED = "MessageEvent_Delivered";
    public static final String BOUNDARY_RETURNED = "BoundaryEvent_ReturnedToOrigin";
    public static final String BOUNDARY_PROMISE_PASSED = "BoundaryEvent_PromisePassed";
    public static final String BOUNDARY_SCAN_SILENCE = "BoundaryEvent_ScanSilence";
    public static final String SERVICE_CHECK_DELAY = "ServiceTask_CheckDelay";
    public static final String TASK_SHIPMENT_DELAYED = "UserTask_ShipmentDelayed";
    public static final String SERVICE_PLAN_VISIT = "ServiceTask_PlanVisit";
    public static final String BOUNDARY_NO_TECHNICIAN = "BoundaryEvent_NoTechnician";
    public static final String TASK_CHOOSE_TECHNICIAN = "UserTask_ChooseTechnician";
    public static final String EVENT_SLOT_CONFIRMED = "MessageEvent_SlotConfirmed";
    public static final String EVENT_SLOT_DECLINED = "MessageEvent_SlotDeclined";
    public static final String TIMER_SLOT_UNANSWERED = "TimerEvent_SlotUnanswered";
    public static final String TASK_AGREE_SLOT = "UserTask_AgreeSlot";
    public static final String TASK_INSTALL = "UserTask_InstallAtCustomer";
    public static final String TASK_APPROVE_INSTALLATION = "UserTask_ApproveInstallation";
    public static final String TASK_CAPTURE_FEEDBACK = "UserTask_CaptureFeedback";
    public static final String BOUNDARY_CUSTOMER_RATED = "BoundaryEvent_CustomerRated";
    public static final String EVENT_VENDOR_PAID = "MessageEvent_VendorPaid";
    public static final String SERVICE_REGISTER_WARRANTY = "ServiceTask_RegisterWarranty";
    public static final String SERVICE_CLOSE_UNDELIVERED = "ServiceTask_CloseUndelivered";
    public static final String TASK_REFUND = "UserTask_RefundCustomer";
    public static final String END_WARRANTY_ACTIVATED = "EndEvent_WarrantyActivated";
    public static final String END_CLOSED = "EndEvent_ClosedUndelivered";
    public static final String END_REFUNDED = "EndEvent_RefundedAndClosed";

    // form fields (what each step's person enters; checked by the step's listener)
    public static final String FIELD_PAYMENT_OUTCOME = "paymentOutcome";
    public static final String FIELD_PAYMENT_REFERENCE = "paymentReference";
    public static final String FIELD_VENDOR_ANSWER = "vendorAnswer";
    public static final String FIELD_VENDOR_NOTE = "vendorNote";
    public static final String FIELD_CHASE_NOTE = "chaseNote";
    public static final String FIELD_SOURCE_AGAIN = "sourceAgain";
    public static final String FIELD_VENDOR_CODE = "vendorCode";
    public static final String FIELD_ALL_PICKED = "allPicked";
    public static final String FIELD_SERIALS = "serials";
    public static final String FIELD_ACCESSORIES = "accessoriesComplete";
    public static final String FIELD_NO_DAMAGE = "noTransitDamage";
    public static final String FIELD_PACKED_WEIGHT = "packedWeightGrams";
    public static final String FIELD_COURIER = "courier";
    public static final String FIELD_AWB = "awb";
    public static final String FIELD_DELAY_ACTION = "delayAction";
    public static final String FIELD_TECHNICIAN = "technician";
    public static final String FIELD_SLOT_DATE = "slotDate";
    public static final String FIELD_SLOT = "slot";
    public static final String FIELD_VISIT_OUTCOME = "visitOutcome";
    public static final String FIELD_VISIT_NOTE = "visitNote";
    public static final String FIELD_APPROVAL = "approval";
    public static final String FIELD_APPROVAL_NOTE = "approvalNote";
    public static final String FIELD_RATING = "rating";
    public static final String FIELD_FEEDBACK_COMMENT = "feedbackComment";
    public static final String FIELD_REFUND_REFERENCE = "refundReference";

    public static final String PAYMENT_PAID = "paid";
    public static final String PAYMENT_CANCEL = "cancel";
    public static final String VENDOR_ACCEPTED = "accepted";
    public static final String VENDOR_DECLINED = "declined";
    public static final String SOURCE_ANOTHER_VENDOR = "anotherVendor";
    public static final String SOURCE_CANCEL = "cancel";
    public static final String VISIT_DONE = "done";
    public static final String VISIT_NO_SHOW = "noShow";
    public static final String VISIT_RESCHEDULE = "reschedule";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    private TradingOrderProcess() {
    }
}
