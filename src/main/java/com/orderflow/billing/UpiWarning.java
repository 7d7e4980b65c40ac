package com.orderflow.billing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the shop has no UPI id: every bill and counter receipt then goes out without
 * a payment QR, which nobody would notice on a bill until a customer asks how to pay.
 */
@Component
class UpiWarning {
    private static final Logger log = LoggerFactory.getLogger(UpiWarning.class);
    static final String TEXT = "ORDERFLOW_UPI_ID (orderflow.billing.upi.payee-vpa) is not set: bills and counter "
            + "receipts carry no UPI payment QR. Set it to the shop's UPI id, e.g. kokanastha@okaxis";

    private final BillingSettings settings;

    UpiWarning(BillingSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfMissing() {
        if (!settings.getUpi().isConfigured()) {
            log.warn(TEXT);
        }
    }
}
