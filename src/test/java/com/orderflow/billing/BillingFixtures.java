package com.orderflow.billing;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.TestOrders;

/**
 * Orders at the billing counter for the billing tests: {@link TestOrders#homeDelivery()} comes to
 * ₹2,750.00 (2 × Kaju Katli 1 kg at ₹1,200 less ₹100, 1 × Modak 500 g at ₹450).
 */
@Component
public class BillingFixtures {
    private final OrderService orders;
    private final OrderDriver driver;
    private final TaskService tasks;
    private final BillingService billing;

    BillingFixtures(OrderService orders, OrderDriver driver, TaskService tasks, BillingService billing) {
        this.orders = orders;
        this.driver = driver;
        this.tasks = tasks;
        this.billing = billing;
    }

    /** A packed order waiting at "Bill order". */
    public String packedOrder() {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);
        return number;
    }

    /** A packed order billed through the "Bill order" task with these form values. */
    public String billedOrder(String paymentMode, Object billDiscount, String reference) {
        String number = packedOrder();
        completeBillTask(number, paymentMode, billDiscount, reference);
        return number;
    }

    public void completeBillTask(String number, String paymentMode, Object billDiscount, String reference) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_BILL).singleResult();
        Map<String, Object> variables = new HashMap<>();
        variables.put("paymentMode", paymentMode);
        if (billDiscount != null) {
            variables.put("billDiscount", billDiscount);
        }
        if (reference != null) {
            variables.put("paymentReference", reference);
        }
        tasks.complete(task.getId(), variables);
    }

    /** The order's current bill as the owner sees it. */
    public BillView billOf(String orderNumber) {
        return billing.get(billing.currentBillOf(orderNumber, TestOrders.OWNER).orElseThrow(), TestOrders.OWNER);
    }
}
