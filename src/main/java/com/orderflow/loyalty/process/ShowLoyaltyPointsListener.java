package com.orderflow.loyalty.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.orderflow.loyalty.Loyalty;
import com.orderflow.loyalty.PointsHistory;
import com.orderflow.orders.OrderLifecycle;

/**
 * Shows the biller the customer's points on "Bill order" (form bill-order, {{loyaltyPoints}}) as
 * the task is created: the balance, what it is worth and the least that may be redeemed. Only to
 * read: what is redeemed is checked against the balance when the bill is issued.
 */
@Component("showLoyaltyPointsListener")
class ShowLoyaltyPointsListener implements TaskListener {
    static final String VAR_LOYALTY_POINTS = "loyaltyPoints";

    private final Loyalty loyalty;
    private final OrderLifecycle orders;

    ShowLoyaltyPointsListener(Loyalty loyalty, OrderLifecycle orders) {
        this.loyalty = loyalty;
        this.orders = orders;
    }

    @Override
    public void notify(DelegateTask task) {
        String phone = orders.find(task.getExecution().getProcessBusinessKey())
                .map(order -> order.customer().phone()).orElse(null);
        PointsHistory points = loyalty.of(phone);
        task.setVariableLocal(VAR_LOYALTY_POINTS, points.balance() + " = ₹" + points.worth().toPlainString() + " ("
                + points.tier() + "; at least " + points.minimumRedemption() + " at a time)");
    }
}
