package com.orderflow.billing;

import java.util.Optional;

/**
 * Another module whose customers pay through the same gateway with its own references instead of a
 * bill number (a trading order paid in advance). Billing checks the callback's signature, keeps it
 * once per event id and asks each payee in turn about a reference that is not a bill; the first
 * that knows it answers. Declared here and implemented there, so that billing knows no such module.
 */
public interface GatewayPayee {

    /**
     * The outcome for a verified callback whose {@code billNumber} is one of this payee's references,
     * recorded in the caller's transaction; empty when the reference is not its own.
     */
    Optional<GatewayOutcome> receive(GatewayCallback callback);
}
