package com.orderflow.reports;

import static com.orderflow.reports.ReportDataSet.D;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.orders.OrderService;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * The reports in a real browser (headless Chromium): the owner's reports page on a 390 px phone
 * draws its chart (Chart.js from the jar) and tables; the heatmap page paints the diagram; and in
 * Camunda Cockpit the order manager sees the heatmap overlay on order-fulfilment. Screenshots land
 * under target/screenshots.
 */
@OrderflowSpringTest
class ReportBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    ReportDataSet data;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    RepositoryService repository;

    WebDriver browser;

    @BeforeEach
    void setUp() {
        data.build();
        data.watermark(null);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSalesReportDrawsItsChartAndTablesOnAPhone() throws Exception {
        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "owner");
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String id : Reports.IDS) {
            browser.get(base + "/reports/" + id + "?from=" + D + "&to=" + D.plusDays(2));
            WebElement chart = HeadlessChromium.waitFor(browser).until(d -> {
                WebElement canvas = d.findElement(By.cssSelector("[data-testid=report-chart]"));
                return canvas.getAttribute("data-rendered") != null ? canvas : null;
            });
            assertThat(chart.getSize().getWidth()).as(id + " chart fits the phone").isBetween(200, 390);
            assertThat(chart.getSize().getHeight()).as(id).isGreaterThan(200);
            assertThat(browser.findElements(By.cssSelector(".report-table table"))).as(id).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector("[data-testid=report-empty]"))).as(id).isEmpty();
            Long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollWidth;");
            assertThat(pageWidth).as(id + ": no sideways scrolling of the page").isLessThanOrEqualTo(390L);
            screenshot("reports-" + id);
        }
        assertThat(browser.getPageSource()).contains("Customers and regions");
    }

    @Test
    void theHeatmapPageColoursTheDiagram() throws Exception {
        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "owner");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/reports/heatmap?process=order-fulfilment&from=" + D + "&to=" + D.plusDays(2));
        HeadlessChromium.waitFor(browser).until(d -> d.findElement(By.id("heatmap")).getAttribute("data-painted") != null);
        assertThat(browser.findElement(By.id("heatmap")).getAttribute("data-painted")).isNotEqualTo("failed");
        assertThat(browser.findElements(By.cssSelector("g.djs-element.of-heat-4[data-element-id=UserTask_PackOrder]")))
                .hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".orderflow-heat-badge[data-activity=UserTask_PackOrder]")).getText())
                .isEqualTo("5 · p90 355 min");
        assertThat(browser.findElements(By.cssSelector(".bjs-powered-by"))).as("the bpmn.io watermark stays").hasSize(1);
        screenshot("reports-heatmap");
    }

    @Test
    void theOrderManagerSeesTheHeatmapOverlayInCockpit() throws Exception {
        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey("order-fulfilment")
                .latestVersion().singleResult().getId();
        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "manager");
        browser.get(base + "/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement badge = wait.until(d -> d.findElements(
                By.cssSelector(".djs-overlay .orderflow-heat[data-activity=UserTask_PackOrder]")).stream().findFirst()
                .orElse(null));
        screenshot("cockpit-heatmap");
        assertThat(badge.getAttribute("textContent")).matches("\\d+ · p90 .*min");
        assertThat(browser.findElements(By.cssSelector("g.djs-element[data-element-id=UserTask_PackOrder]")).get(0)
                .getAttribute("class")).containsPattern("of-heat-[0-4]");
    }

    /** The whole page at the window's width: the window is made as tall as the page for the picture. */
    private void screenshot(String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Dimension size = browser.manage().window().getSize();
        Long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(6000, height + 140)));
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(size);
    }
}
