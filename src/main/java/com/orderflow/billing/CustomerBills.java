package com.orderflow.billing;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.orderflow.platform.security.CurrentUser;
import com.orderflow.tracking.TrackingLinks;

/**
 * An order's live bill for the order's own customer, in their account (F8). The account checks that
 * the order is the signed-in customer's before it asks; staff read bills through {@link BillingService}.
 */
@Service
public class CustomerBills {
    private final Accounts accounts;
    private final BillingService billing;
    private final BillDocuments documents;
    private final TrackingLinks links;

    CustomerBills(Accounts accounts, BillingService billing, BillDocuments documents, TrackingLinks links) {
        this.accounts = accounts;
        this.billing = billing;
        this.documents = documents;
        this.links = links;
    }

    /** The order's issued (live) bill; empty before billing and after a cancellation. */
    @Transactional(readOnly = true)
    public Optional<BillView> liveBill(String orderNumber) {
        return accounts.currentBill(orderNumber).filter(Bill::isIssued).map(billing::view);
    }

    /** The live bill as an A4 PDF, with the order's tracking link on it; empty when there is none. */
    @Transactional
    public Optional<byte[]> pdf(String orderNumber, CurrentUser customer) {
        return liveBill(orderNumber).map(bill -> documents.render(bill, BillDocuments.Format.A4,
                links.linkFor(orderNumber, customer)));
    }
}
