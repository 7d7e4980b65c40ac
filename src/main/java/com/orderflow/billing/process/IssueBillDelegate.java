package com.orderflow.billing.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.orderflow.billing.BillingService;
import com.orderflow.billing.IssuedBill;
import com.orderflow.platform.EngineActor;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.platform.web.InvalidInputException;

/**
 * Issues the bill right after the biller completes "Bill order" (form bill-order): the order is
 * the business key, never an orderId variable. Runs in the task completion's transaction and reads
 * what that completion set (only the Bill order form sets these, every field each time: see
 * platform.engine.TaskSubmissions); billing checks them and records them on the bill and its
 * payment, and a discount needs someone who may handle money. A refused input leaves the task open
 * with the reason shown in Tasklist. A retried or repeated run issues no second bill.
 */
@Component("issueBillDelegate")
class IssueBillDelegate implements JavaDelegate {
    static final String VAR_BILL_DISCOUNT = "billDiscount";
    static final String VAR_PAYMENT_MODE = "paymentMode";
    static final String VAR_PAYMENT_REFERENCE = "paymentReference";
    static final String VAR_REDEEM_POINTS = "redeemPoints";
    static final String VAR_BILL_NUMBER = "billNumber";
    static final String VAR_BILL_TOTAL = "billTotal";

    private final BillingService billing;
    private final EngineActor actor;

    IssueBillDelegate(BillingService billing, EngineActor actor) {
        this.billing = billing;
        this.actor = actor;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object mode = execution.getVariable(VAR_PAYMENT_MODE);
        Object reference = execution.getVariable(VAR_PAYMENT_REFERENCE);
        BigDecimal discount = discount(execution.getVariable(VAR_BILL_DISCOUNT));
        CurrentUser user = actor.currentUser();
        if (discount != null && discount.signum() != 0 && !billing.mayHandleMoney(user)) {
            throw new AccessDeniedException("A bill discount is for Biller and Admin; " + user.id() + " may not give one");
        }
        IssuedBill bill = billing.issueForOrder(execution.getProcessBusinessKey(), discount,
                points(execution.getVariable(VAR_REDEEM_POINTS)), mode == null ? null : mode.toString(), reference == null ? null : reference.toString(), user.id());
        execution.setVariable(VAR_BILL_NUMBER, bill.number());
        // as text: a process variable of BigDecimal would be a serialized Java object in Cockpit
        execution.setVariable(VAR_BILL_TOTAL, bill.total().toPlainString());
    }

    /** Whole loyalty points to spend on the bill; an empty field is none. */
    private static long points(Object value) {
        if (value == null || value.toString().isBlank()) {
            return 0;
        }
        try {
            return new BigDecimal(value.toString().strip()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(VAR_REDEEM_POINTS, "must be a whole number of points, e.g. 100");
        }
    }

    /** Camunda Forms send a number field as Long or Double; an empty field as null or "". */
    private static BigDecimal discount(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(VAR_BILL_DISCOUNT, "must be an amount in rupees, e.g. 50 or 49.50");
        }
    }
}
