package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.packing.PackingService;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** Camunda Tasklist as shop staff meet it, in headless Chromium. */
@OrderflowSpringTest
class TasklistForStaffTest {
    @LocalServerPort
    int port;
    @Autowired
    OrderService orders;
    @Autowired
    TaskService tasks;
    @Autowired
    PackingService packing;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private WebDriverWait signIn(String user) throws Exception {
        browser = HeadlessChromium.start();
        HeadlessChromium.logIn(browser, base(), user);
        return HeadlessChromium.waitFor(browser);
    }

    @Test
    void thePackFormShowsTheWeightAndTheBatchesAsSoonAsThePackerClaimsIt() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        Task pack = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult();
        String expected = packing.previewPlan(number, null).orElseThrow().expectedWeightText();
        WebDriverWait wait = signIn("packer");

        browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + pack.getId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Order " + number));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));

        // the same form as loaded before the claim: no reopening
        String plan = browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-text')]"
                + "[contains(., 'Expected net weight')]")).getText();
        assertTrue(plan.contains("Expected net weight: " + expected + " g"), plan);
        String batches = browser.findElement(By.xpath("//label[contains(., 'Planned batches')]/following::textarea[1]"))
                .getAttribute("value");
        assertFalse(batches.isBlank(), "the planned batches are shown");
        assertTrue(batches.contains("Kaju Katli 1 kg: batch "), batches);
        assertEquals("packer", tasks.createTaskQuery().taskId(pack.getId()).singleResult().getAssignee());
    }
}
