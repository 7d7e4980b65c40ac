package com.orderflow.trading;

/**
 * The stages of a vendor's payment (E3, seed 004 section 3), in order: each is released only when its
 * evidence exists. Their percentages are the table dmn/vendor-payment-stages.dmn.
 */
public enum VendorStageKind {
    /** the customer's payment was received (in advance, or cash at the door) */
    CUSTOMER_PAYMENT,
    /** the vendor accepted the purchase order */
    VENDOR_ACCEPTANCE,
    /** the shipment was dispatched with an AWB */
    DISPATCH,
    /** the proof of delivery is in (photo, signature or delivery OTP) */
    DELIVERY_PROOF,
    /** the installation was approved (or none was needed) */
    INSTALLATION,
    /** the warranty was registered */
    WARRANTY;

    /** The stages paid before the order's vendor settlement step (1017): all but the warranty's. */
    boolean dueBeforeSettlement() {
        return this != WARRANTY;
    }
}
