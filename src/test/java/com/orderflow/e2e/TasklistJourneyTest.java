package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * A packer signs in once, opens his task in Camunda Tasklist, fills the Camunda Form and completes
 * it; the order is Packed, and the timeline says he did it.
 */
@OrderflowSpringTest
class TasklistJourneyTest {
    @LocalServerPort
    int port;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPackerCompletesHisTaskWithTheFormInTasklist() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId();
        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "packer");

        browser.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Order " + number));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        // Tasklist keeps the form disabled until the claim has gone through
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=checkbox]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']"))).click();

        wait.until(d -> orders.get(number, TestOrders.OWNER).status() == OrderStatus.PACKED);
        var timeline = orders.timeline(number, TestOrders.OWNER);
        TimelineEntry packed = timeline.get(timeline.size() - 1);
        assertEquals(OrderStatus.PACKED, packed.to());
        assertEquals("packer", packed.actor());
    }
}
