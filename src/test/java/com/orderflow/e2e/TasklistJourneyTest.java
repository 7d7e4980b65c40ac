package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The K6 lifecycle worked in Camunda Tasklist by the demo users, each with their own login and the
 * task's Camunda Form: packer packs, biller bills. Dispatch and delivery are no Tasklist tasks any
 * more: they go through a delivery run on the delivery boy's phone page, which needs a photo or a
 * signature that Camunda Forms cannot take (DeliveryPhoneTest drives that page in the browser);
 * here ravi's part is driven as that page does it. The timeline then names each of them.
 */
@OrderflowSpringTest
class TasklistJourneyTest {
    @LocalServerPort
    int port;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    OrderDriver driver;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffPushAnOrderThroughEveryStepInTasklist() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        browser = HeadlessChromium.start();

        work("packer", number, OrderFulfilmentProcess.TASK_PACK, wait -> {
            // claiming printed the slip; the packer weighs the box (Camunda Forms draw numbers as text inputs)
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form-field-number input")))
                    .sendKeys("2500");
            tick(wait);
        });
        awaitStatus(number, OrderStatus.PACKED);

        work("biller", number, OrderFulfilmentProcess.TASK_BILL, wait -> {
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".fjs-form-field-select .fjs-input-group"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='Cash']"))).click();
        });
        awaitStatus(number, OrderStatus.READY_FOR_DISPATCH);

        driver.takeOut(number, "ravi").deliver(number);
        awaitStatus(number, OrderStatus.DELIVERED);

        List<String> actors = orders.timeline(number, TestOrders.OWNER).stream().map(TimelineEntry::actor).toList();
        assertEquals(List.of("biller", "packer", "biller", "biller", "ravi", "ravi"), actors);
        assertEquals("ravi", orders.get(number, TestOrders.OWNER).deliveryBoy());
    }

    private interface FormFilling {
        void fill(WebDriverWait wait);
    }

    /** Signs in as the user, opens the task, claims it when it is not yet his, fills the form, completes. */
    private void work(String user, String number, String taskKey, FormFilling form) {
        String base = "http://localhost:" + port;
        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, base, user);
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(taskKey).singleResult();
        browser.get(base + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        WebDriverWait wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Order " + number));
        if (task.getAssignee() == null) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        }
        // Tasklist keeps the form disabled until the task is the user's
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        form.fill(wait);
        // a longer form (Bill order shows the loyalty points) puts the button under Tasklist's footer:
        // scroll it to the middle first, as a user would
        org.openqa.selenium.WebElement complete = wait.until(
                ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", complete);
        complete.click();
        wait.until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
    }

    private static void tick(WebDriverWait wait) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=checkbox]"))).click();
    }

    private void awaitStatus(String number, OrderStatus status) {
        HeadlessChromium.waitFor(browser).until(d -> orders.get(number, TestOrders.OWNER).status() == status);
    }
}
