package com.orderflow.platform.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** A packer in Tasklist who types a weight the scale cannot have read is told why, and the task stays his. */
@OrderflowSpringTest
class TasklistRefusalTest {
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
    void tasklistShowsTheRefusalOfAWeightOutOfRange() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        String pack = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult().getId();
        tasks.claim(pack, "packer");
        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "packer");
        browser.get(base + "/camunda/app/tasklist/default/#/?task=" + pack);
        WebDriverWait wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form-field-number input")))
                .sendKeys("3");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[type=checkbox]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Complete']"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "packedWeightGrams must be between"));
        Files.write(Path.of(System.getProperty("java.io.tmpdir"), "tasklist-refusal.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertEquals(1, tasks.createTaskQuery().taskId(pack).taskAssignee("packer").count());
        assertEquals(OrderStatus.RECEIVED, orders.get(number, TestOrders.OWNER).status());
    }
}
