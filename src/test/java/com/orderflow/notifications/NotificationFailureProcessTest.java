package com.orderflow.notifications;

import static com.orderflow.notifications.process.NotificationFailureProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.inventory.TestStock;
import com.orderflow.orders.ContactChannel;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** Both paths of notification-failure.bpmn: Customer Care resends, or informs the customer another way. */
@OrderflowSpringTest
class NotificationFailureProcessTest {
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrderService orders;
    @Autowired
    TestStock stock;
    @Autowired
    Notifications notifications;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    private Notification failedNotification() {
        OrderView order = orders.create(Customers.order(stock.product(1), Customers.freshPhone(), "en",
                ContactChannel.SMS), TestOrders.BILLER);
        return notifications.findByOrderNumberOrderByIdDesc(order.number()).get(0);
    }

    private ProcessInstance start(Notification failed) {
        return runtime.startProcessInstanceByKey(KEY, failed.orderNumber(), java.util.Map.of(
                VAR_NOTIFICATION_ID, failed.id(), VAR_ORDER_NUMBER, failed.orderNumber(),
                VAR_CUSTOMER_PHONE, failed.recipient(), VAR_PROBLEM, "Twilio 400 error 21211",
                VAR_MESSAGE_TEXT, failed.body()));
    }

    @Test
    void customerCareHasTheMessageSentAgain() {
        Notification failed = failedNotification();
        ProcessInstance instance = start(failed);

        assertThat(instance).isWaitingAt(TASK_FOLLOW_UP);
        assertThat(task(instance)).hasCandidateGroup("customer-care");
        complete(task(instance), withVariables(VAR_OUTCOME, OUTCOME_RESEND));

        assertThat(instance).hasPassed("ServiceTask_ResendNotification").isEnded().hasPassed(END_RESENT);
        var rows = notifications.findByOrderNumberOrderByIdDesc(failed.orderNumber());
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).sendVersion());
        assertEquals(failed.event(), rows.get(0).event());
    }

    @Test
    void customerCareInformsTheCustomerAnotherWay() {
        Notification failed = failedNotification();
        ProcessInstance instance = start(failed);

        complete(task(instance), withVariables(VAR_OUTCOME, OUTCOME_INFORMED));

        assertThat(instance).isEnded().hasPassed(END_INFORMED);
        assertEquals(1, notifications.findByOrderNumberOrderByIdDesc(failed.orderNumber()).size());
    }
}
