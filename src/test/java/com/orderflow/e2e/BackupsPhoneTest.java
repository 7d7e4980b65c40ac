package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.operations.process.OperationsProcesses;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The admin's backups page on a phone (390 px): Back up now makes an archive that the page then
 * lists, Check now shows the consistency report, and nothing on the page scrolls sideways.
 */
@OrderflowSpringTest
class BackupsPhoneTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        for (String key : List.of(OperationsProcesses.BACKUP_KEY, OperationsProcesses.CHECK_KEY)) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "the shared test database holds other tests' leftovers"));
        }
    }

    @Test
    void theOwnerBacksUpAndChecksFromHisPhone() throws Exception {
        String base = "http://localhost:" + port;
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        HeadlessChromium.logIn(browser, base, "owner");
        browser.get(base + "/operations/backups");
        var wait = HeadlessChromium.waitFor(browser);
        String newestBefore = newestArchive();

        tap(browser.findElement(By.cssSelector("[data-testid='back-up-now']")));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='flash']")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("[data-testid='flash']")).getText().contains("backup has started"));
        runJobs(OperationsProcesses.BACKUP_KEY);
        browser.navigate().refresh();
        // the retention keeps one archive a day: the new one is listed first, in place of today's earlier one
        String newest = newestArchive();
        assertNotEquals(newestBefore, newest, "the new archive is listed first");
        assertTrue(newest.matches("(?s)orderflow-\\d{8}-\\d{6}\\.zip.*MB.*"), newest);
        assertNoSidewaysScroll();
        shot("1-backed-up");

        tap(browser.findElement(By.cssSelector("[data-testid='check-now']")));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='flash']")).isEmpty());
        runJobs(OperationsProcesses.CHECK_KEY);
        browser.navigate().refresh();
        // the shared test database holds other tests' half-made orders: the report may list findings
        assertTrue(browser.findElement(By.cssSelector("[data-testid='report-summary']")).getText().contains("asked for"));
        assertNoSidewaysScroll();
        shot("2-checked");
    }

    /** Runs what the job executor would (it is off in tests) until the processes of {@code key} wait for nothing. */
    private void runJobs(String key) {
        for (int round = 0; round < 5; round++) {
            List<Job> jobs = management.createJobQuery().processDefinitionKey(key).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private String newestArchive() {
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid='archives'] tbody tr"));
        return rows.isEmpty() ? "" : rows.get(0).getText();
    }

    private void tap(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void assertNoSidewaysScroll() {
        assertEquals(1L, js("return document.documentElement.scrollWidth <= window.innerWidth ? 1 : 0"),
                "the page scrolls sideways: " + js("return document.documentElement.scrollWidth"));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SHOTS.resolve("backups-phone-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
