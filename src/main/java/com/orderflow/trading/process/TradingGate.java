package com.orderflow.trading.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import com.orderflow.platform.engine.ProcessBean;

import com.orderflow.trading.CustomerPayments;
import com.orderflow.trading.Installations;
import com.orderflow.trading.TradingQueries;
import com.orderflow.trading.VendorSourcing;
import com.orderflow.trading.VendorStages;

/**
 * The diagram's gateways ask the domain, never variables a user could have written:
 * {@code ${tradingGate.prepaid(execution)}}.
 */
@ProcessBean
@Component("tradingGate")
public class TradingGate {
    private final TradingQueries queries;
    private final CustomerPayments payments;
    private final VendorSourcing sourcing;
    private final VendorStages stages;
    private final Installations installations;
    private final OrderIds ids;

    TradingGate(TradingQueries queries, CustomerPayments payments, VendorSourcing sourcing, VendorStages stages,
            Installations installations, OrderIds ids) {
        this.queries = queries;
        this.payments = payments;
        this.sourcing = sourcing;
        this.stages = stages;
        this.installations = installations;
        this.ids = ids;
    }

    public boolean prepaid(DelegateExecution execution) {
        return queries.prepaid(ids.of(execution));
    }

    public boolean paid(DelegateExecution execution) {
        return payments.paid(ids.of(execution));
    }

    public boolean ownStock(DelegateExecution execution) {
        return queries.ownStock(ids.of(execution));
    }

    public boolean vendorAccepted(DelegateExecution execution) {
        return sourcing.accepted(ids.of(execution));
    }

    public boolean purchaseOrderOpen(DelegateExecution execution) {
        return sourcing.purchaseOrderOpen(ids.of(execution));
    }

    public boolean needsInstallation(DelegateExecution execution) {
        return installations.needed(ids.of(execution));
    }

    public boolean visitDone(DelegateExecution execution) {
        return installations.lastVisitIs(ids.of(execution), "DONE");
    }

    public boolean customerNotHome(DelegateExecution execution) {
        return installations.lastVisitIs(ids.of(execution), "NO_SHOW");
    }

    public boolean installationApproved(DelegateExecution execution) {
        return installations.lastVisitIs(ids.of(execution), "APPROVED");
    }

    public boolean vendorSourced(DelegateExecution execution) {
        return !queries.ownStock(ids.of(execution));
    }

    /** Locks the purchase order until the process moved on: see {@link VendorStages#settledBeforeWarranty}. */
    public boolean settled(DelegateExecution execution) {
        return stages.settledBeforeWarranty(ids.of(execution));
    }

    /** The technician of the order's current visit: the visit task's assignee. */
    public String technician(DelegateExecution execution) {
        return installations.technicianOf(ids.of(execution));
    }

    /** Whether the delay check just before (same transaction, no wait between) found the shipment newly late. */
    public boolean newlyDelayed(DelegateExecution execution) {
        return Boolean.TRUE.equals(execution.getVariableLocal(CheckDelayDelegate.VAR_NEWLY_DELAYED));
    }

    public boolean refundDue(DelegateExecution execution) {
        return payments.refundDue(ids.of(execution));
    }
}
