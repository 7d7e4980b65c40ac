package com.orderflow.delivery.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names shared by the delivery-run diagram, its adapters and its tests. */
public final class DeliveryRunProcess {
    public static final String KEY = "delivery-run";

    /** The run's number (a Long); the business key is {@link #businessKey}. */
    public static final String VAR_RUN_NUMBER = "runNumber";
    public static final String VAR_DELIVERY_BOY = "deliveryBoy";
    /** The order number of one stop: the element variable of the per-stop multi-instance. */
    public static final String VAR_STOP_ORDER = "stopOrder";
    /** "delivered" or "returned", set when the stop task completes (local to the stop). */
    public static final String VAR_DELIVERY_OUTCOME = "deliveryOutcome";
    public static final String VAR_RETURN_REASON = "returnReason";
    /** The newest proof of the stop, set when the stop is recorded (local to the stop). */
    public static final String VAR_PROOF_ID = "proofId";

    public static final String SERVICE_TAKE_ORDERS_OUT = "ServiceTask_TakeOrdersOut";
    public static final String SUBPROCESS_STOP = "SubProcess_DeliverStop";
    public static final String TASK_DELIVER_STOP = "UserTask_DeliverStop";
    public static final String SEND_DELIVERED = "SendTask_OrderDelivered";
    public static final String SEND_RETURNED = "SendTask_OrderReturned";
    /** A stop whose order was cancelled while the run was on the road: it ends without telling the order. */
    public static final String END_STOP_CANCELLED = "EndEvent_StopCancelled";
    public static final String SERVICE_FINISH_RUN = "ServiceTask_FinishRun";
    public static final String END_RUN_COMPLETED = "EndEvent_RunCompleted";

    private DeliveryRunProcess() {
    }

    /** The business key of a run's process: "run-12". */
    public static String businessKey(long runNumber) {
        return "run-" + runNumber;
    }

    /**
     * The run number in a run's business key. Adapters take the run from here, never from the
     * {@code runNumber} variable: whoever may complete a stop task may also set its variables
     * (Tasklist, the engine's REST API), but not the business key.
     */
    static long runNumberOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("run-")) {
            throw new IllegalStateException("Not the business key of a delivery run: " + businessKey);
        }
        return Long.parseLong(businessKey.substring("run-".length()));
    }

    /** The run of the execution's process, by its business key (see {@link #runNumberOf}). */
    static long runNumber(DelegateExecution execution) {
        return runNumberOf(execution.getProcessBusinessKey());
    }
}
