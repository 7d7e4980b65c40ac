package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.FilterService;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.packing.PackingService;
import com.orderflow.platform.tasklist.TasklistFilters;
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
    @Autowired
    FilterService filters;

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

    @Test
    void aPackerOpensTasklistOnThePackersFilterWithTheMostUrgentTaskFirst() throws Exception {
        orders.create(TestOrders.homeDelivery(), TestOrders.BILLER);
        WebDriverWait wait = signIn("packer");

        browser.get(base() + "/camunda/app/tasklist/default/");
        By activeFilter = By.cssSelector(".task-filter.active h4.name a");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(activeFilter, "Packer tasks"));
        By rows = By.cssSelector("ol.tasks-list li.task h4.task a");
        wait.until(ExpectedConditions.presenceOfElementLocated(rows));
        List<String> shown = browser.findElements(rows).stream().map(WebElement::getText).map(String::strip).toList();
        String filterId = filters.createFilterQuery().filterName(TasklistFilters.filterName("packer")).singleResult()
                .getId();
        List<String> mostUrgentFirst = filters.listPage(filterId, tasks.createTaskQuery(), 0, shown.size()).stream()
                .map(Task::getName).toList();
        assertEquals(mostUrgentFirst, shown);
        assertEquals(List.of("Due date", "Created"), browser.findElements(By.cssSelector(".sorting-choice .sort-by"))
                .stream().map(WebElement::getText).map(String::strip).toList(), "the list says the order it is in");
        screenshot("tasklist-packer");
    }

    @Test
    void tasklistCockpitAndAdminCarryNoMigrateToCamunda8Banner() throws Exception {
        WebDriverWait wait = signIn("owner");
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            browser.get(base() + "/camunda/app/" + app + "/default/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-header] .navbar-header")));
            // the banner is part of the header Camunda draws: wait until the header is drawn, then look
            wait.until(d -> !d.findElements(By.cssSelector("[cam-widget-header] .ce-eol-banner")).isEmpty());
            screenshot("banner-" + app);
            assertTrue(browser.findElements(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed),
                    app + " shows Camunda's end-of-life banner");
            assertFalse(browser.findElement(By.tagName("body")).getText().contains("migrate to Camunda 8"), app);
        }
    }

    @Test
    void aPackerWhoReadsMarathiGetsThePackFormInMarathi() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        Task pack = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult();
        WebDriverWait wait = signIn("packer");
        browser.get(base() + "/packing?lang=mr");

        browser.get(base() + "/camunda/app/tasklist/default/#/?task=" + pack.getId());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "ऑर्डर " + number));
        String form = browser.findElement(By.cssSelector(".fjs-form")).getText();
        assertTrue(form.contains("वजनकाट्यावरील निव्वळ वजन (ग्रॅम)"), form);
        assertTrue(form.contains("या बॅच घ्या"), form);
        assertFalse(form.contains("Net weight on the scale"), form);
        screenshot("pack-form-mr");
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
