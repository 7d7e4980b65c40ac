package com.orderflow.trading.process;

import com.orderflow.trading.VendorStageKind;

/**
 * Names of vendor-payment.bpmn: one instance per purchase-order stage whose evidence exists
 * (business key {@code PO-2026-000001/3}, the stage by its position: the key is also the audit's
 * order reference, at most 20 characters); Finance releases it.
 */
public final class VendorPaymentProcess {
    public static final String KEY = "vendor-payment";
    public static final String VAR_STAGE_ID = "stageId";
    /** The purchase order was withdrawn (order cancelled or returned): nothing more is paid on it. */
    public static final String MESSAGE_PO_WITHDRAWN = "PurchaseOrderWithdrawn";

    public static final String TASK_RELEASE = "UserTask_ReleaseVendorPayment";
    public static final String BOUNDARY_WITHDRAWN = "BoundaryEvent_PurchaseOrderWithdrawn";
    public static final String SERVICE_TELL_ORDER = "ServiceTask_TellTheOrder";
    public static final String END_RELEASED = "EndEvent_PaymentReleased";
    public static final String END_NOT_PAID = "EndEvent_NotPaid";

    public static final String FIELD_RELEASE = "release";
    public static final String FIELD_RELEASE_REFERENCE = "releaseReference";

    private VendorPaymentProcess() {
    }

    /** {@code PO-2026-000001/3} for the purchase order's DISPATCH stage (the third). */
    public static String businessKey(String poNumber, String stage) {
        return poNumber + "/" + (VendorStageKind.valueOf(stage).ordinal() + 1);
    }

    /** The stage of a business key's position ("3": DISPATCH). */
    public static VendorStageKind stageOf(String position) {
        int index = Integer.parseInt(position.strip()) - 1;
        if (index < 0 || index >= VendorStageKind.values().length) {
            throw new IllegalArgumentException("No vendor payment stage " + position);
        }
        return VendorStageKind.values()[index];
    }
}
