package com.orderflow.loyalty;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.orderflow.billing.CreditNoteIssued;
import com.orderflow.billing.CustomerBills;
import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.OrderStatusChanged;
import com.orderflow.orders.OrderView;

/**
 * Where points meet the rest of the shop: an order that becomes Billed earns on its bill, a credit
 * note takes back (billing spends points through {@link BillPoints}). Both run in the transaction
 * of the change that caused them.
 */
@Component
class LoyaltyAdapters {
    private final Loyalty loyalty;
    private final CustomerBills bills;
    private final OrderLifecycle orders;

    LoyaltyAdapters(Loyalty loyalty, CustomerBills bills, OrderLifecycle orders) {
        this.loyalty = loyalty;
        this.bills = bills;
        this.orders = orders;
    }

    @EventListener
    void onStatus(OrderStatusChanged changed) {
        if (changed.to() != OrderStatus.BILLED) {
            return;
        }
        OrderView order = orders.view(changed.orderId());
        bills.liveBill(changed.orderNumber()).ifPresent(bill -> loyalty.earn(changed.orderNumber(), bill.number(),
                order.customer().phone(), bill.grandTotal(), changed.actor()));
    }

    @EventListener
    void onCreditNote(CreditNoteIssued note) {
        loyalty.takeBack(note.orderNumber(), note.creditNoteNumber(), note.amount(), note.actor());
    }
}
