package com.orderflow.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.orderflow.inventory.StockAlertService;
import com.orderflow.inventory.TestStock;
import com.orderflow.jewelry.JewelryOrderView;
import com.orderflow.jewelry.JewelryService;
import com.orderflow.notifications.Outbox;
import com.orderflow.orders.Channel;
import com.orderflow.orders.DeliveryPromise;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.packing.DailyPackingList;
import com.orderflow.platform.security.CurrentUser;
import com.orderflow.returns.NewReturn;
import com.orderflow.returns.ReturnService;
import com.orderflow.returns.ReturnView;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * Tasklist rows tell their work apart: every user task of every process is named by what it is
 * about, read from the domain (never from variables a user could have set), with a due date from the
 * promise where there is one.
 */
@OrderflowSpringTest
class TaskNamesTest {
    private static final ZoneId SHOP = ZoneId.of("Asia/Kolkata");

    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ReturnService returns;
    @Autowired
    JewelryService jewelry;
    @Autowired
    Outbox outbox;
    @Autowired
    StockAlertService alerts;
    @Autowired
    TestStock stock;
    @Autowired
    DailyPackingList lists;

    private Task taskOf(String businessKey, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    }

    private static NewOrder orderFor(String customer, DeliveryPromise promise) {
        NewOrder order = TestOrders.homeDelivery();
        return new NewOrder(order.channel(), new NewOrder.Customer(customer, order.customer().phone(),
                order.customer().address(), order.customer().locality(), order.customer().pincode()),
                order.deliveryDate(), order.lines(), null, promise);
    }

    @Test
    void aListOfPackTasksTellsTheOrdersApartAndEachIsDueWhenItsPromiseRunsOut() {
        OrderView meena = orders.create(orderFor("Meena Joshi", DeliveryPromise.STANDARD), TestOrders.BILLER);
        OrderView ravi = orders.create(orderFor("Ravi Kale", DeliveryPromise.EXPRESS), TestOrders.BILLER);

        List<String> names = tasks.createTaskQuery().taskCandidateGroup("packer")
                .processInstanceBusinessKeyIn(meena.number(), ravi.number()).orderByTaskCreateTime().asc().list()
                .stream().map(Task::getName).toList();
        assertEquals(List.of("Pack order " + meena.number() + " · Meena Joshi", "Pack order " + ravi.number()
                + " · Ravi Kale"), names);

        Task pack = taskOf(meena.number(), OrderFulfilmentProcess.TASK_PACK);
        assertEquals(meena.promisedBy(), pack.getDueDate().toInstant(), "due when the promise runs out");
        assertThat(pack.getDescription()).startsWith("Kaju Katli 1 kg × 2; Ukadiche Modak 500 g × 1 · deliver by ")
                .endsWith("· Dahisar East");
        assertEquals(50, pack.getPriority());
        Task express = taskOf(ravi.number(), OrderFulfilmentProcess.TASK_PACK);
        assertEquals(75, express.getPriority(), "an express order comes first among equals");
        assertEquals(ravi.promisedBy(), express.getDueDate().toInstant());
        assertThat(express.getDescription()).contains(" · express · ");
    }

    @Test
    void theNameComesFromTheOrderNotFromVariablesAUserCouldHaveWritten() {
        OrderView order = orders.create(orderFor("Meena Joshi", DeliveryPromise.STANDARD), TestOrders.BILLER);
        Task pack = taskOf(order.number(), OrderFulfilmentProcess.TASK_PACK);
        // anyone in the packer group may write the task's variables through the engine's API
        tasks.setVariable(pack.getId(), OrderFulfilmentProcess.VAR_CUSTOMER_NAME, "Mallory");
        tasks.setVariable(pack.getId(), OrderFulfilmentProcess.VAR_ORDER_NUMBER, "KO-0000-000000");
        driver.pack(order.number());

        assertEquals("Bill order " + order.number() + " · Meena Joshi",
                taskOf(order.number(), OrderFulfilmentProcess.TASK_BILL).getName());
    }

    @Test
    void aDeliveryStopIsNamedByItsRunAndItsCustomer() {
        OrderView order = orders.create(orderFor("Meena Joshi", DeliveryPromise.STANDARD), TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi");
        long run = driver.runOf(order.number()).number();

        Task stop = taskOf("run-" + run, "UserTask_DeliverStop");
        assertEquals("Deliver the stop run " + run + " · stop 1 of 1 · " + order.number() + " · Meena Joshi",
                stop.getName());
        assertEquals("12 Shanti Nagar, Dahisar East · Kaju Katli 1 kg × 2; Ukadiche Modak 500 g × 1",
                stop.getDescription());
        assertEquals(order.promisedBy(), stop.getDueDate().toInstant());
    }

    @Test
    void aReturnIsNamedByItsNumberItsOrderAndItsCustomerAndDueADayAfterItWasOpened() {
        OrderView order = orders.create(orderFor("Meena Joshi", DeliveryPromise.STANDARD), TestOrders.BILLER);
        driver.pack(order.number()).bill(order.number()).takeOut(order.number(), "ravi").deliver(order.number());
        ReturnView opened = returns.open(new NewReturn(order.number(), List.of(new NewReturn.Line("KK-1KG", 1)),
                "DAMAGED", "box crushed"), TestImages.jpeg(32, 24), TestOrders.CARE);
        TaskFixtures.runJobsOf(opened.number(), runtime, management);

        Task review = taskOf(opened.number(), "UserTask_ReviewReturn");
        assertEquals("Review return " + opened.number() + " · order " + order.number() + " · Meena Joshi",
                review.getName());
        assertEquals("Kaju Katli 1 kg × 1 · damaged · box crushed", review.getDescription());
        assertEquals(opened.openedAt().plus(java.time.Duration.ofDays(1)), review.getDueDate().toInstant());
    }

    @Test
    void aJewelryTaskIsNamedByTheJewelryOrderAndItsCustomerAndDueOnThePromisedDay() {
        LocalDate due = LocalDate.now(SHOP).plusDays(12);
        JewelryOrderView order = jewelry.take(TaskFixtures.necklace(due), new CurrentUser("biller", Set.of("biller")));

        Task assign = taskOf(order.number(), "UserTask_AssignKarigar");
        assertEquals("Assign karigar " + order.number() + " · Sunita Deshmukh", assign.getName());
        assertThat(assign.getDescription()).isEqualTo("custom · necklace · GOLD 22K · due "
                + TaskTexts.day(due));
        assertEquals(due.atTime(LocalTime.of(23, 59)).atZone(SHOP).toInstant(), assign.getDueDate().toInstant());
    }

    @Test
    void aFailedMessageIsNamedByItsOrderAndCustomerAndSaysWhatFailed() {
        OrderView order = orders.create(orderFor("Meena Joshi", DeliveryPromise.STANDARD), TestOrders.BILLER);
        long confirmation = outbox.list(null, order.number(), TestOrders.CARE).get(0).id();
        // what the outbox does when a message fails for good (CareFollowUp)
        runtime.startProcessInstanceByKey("notification-failure", order.number(), Map.of("notificationId",
                confirmation, "orderNumber", order.number(), "customerPhone", "+919820123456"));

        Task followUp = taskOf(order.number(), "UserTask_FollowUpFailedNotification");
        assertEquals("Follow up failed notification " + order.number() + " · Meena Joshi", followUp.getName());
        assertThat(followUp.getDescription()).startsWith("ORDER_CONFIRMED by ");
    }

    @Test
    void aStockAlertIsNamedByItsProductAndKind() {
        String product = "Naming Barfi " + System.nanoTime() % 100_000;
        String sku = stock.product(product, 10, false);
        stock.receive(sku, "N1", 3, 30);
        String review = alerts.requestReview(TestStock.OWNER);

        List<String> names = tasks.createTaskQuery().processInstanceId(review).list().stream().map(Task::getName)
                .toList();
        assertThat(names).contains("Handle stock alert " + product + " 1 kg · low stock");
    }

    @Test
    void theEveningPackingListTaskIsNamedByItsDayAndDueWhenTheDayBegins() {
        LocalDate tomorrow = lists.tomorrow();
        orders.create(new NewOrder(Channel.ADVANCE_BOOKING, new NewOrder.Customer("Meera Joshi", "98201 55555",
                "3 Temple Road", "Borivali West", "400092"), tomorrow, TestOrders.homeDelivery().lines()),
                TestOrders.BILLER);
        Job evening = management.createJobQuery().processDefinitionKey("daily-packing-list").timers().list().get(0);
        management.executeJob(evening.getId());

        Task setOut = taskOf(tomorrow.toString(), "UserTask_PackTomorrowsOrders");
        assertThat(setOut.getName()).startsWith("Set out tomorrow's goods " + TaskTexts.day(tomorrow) + " · ")
                .endsWith(" advance order(s)");
        assertEquals(tomorrow.atStartOfDay(SHOP).toInstant(), setOut.getDueDate().toInstant());
        assertThat(setOut.getDescription()).contains("Kaju Katli 1 kg × ");
    }
}
