package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.orders.OrderService;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/** The owner keeps the board open on a phone; orders appear and change colour without a reload. */
@OrderflowSpringTest
class LiveBoardTest {
    @LocalServerPort
    int port;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewOrderAppearsYellowAndTurnsGreenWhenDeliveredWithoutAReload() throws Exception {
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
        HeadlessChromium.logIn(browser, "http://localhost:" + port, "owner");
        browser.get("http://localhost:" + port + "/board");
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true;");

        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        By card = By.cssSelector("[data-testid='column-RECEIVED'] [data-testid='card-" + number + "']");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(d -> !d.findElements(card).isEmpty());
        assertTrue(browser.findElement(card).getAttribute("class").contains("colour-yellow"));

        driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);
        By delivered = By.cssSelector("[data-testid='column-DELIVERED'] [data-testid='card-" + number + "']");
        wait.until(d -> !d.findElements(delivered).isEmpty());
        assertTrue(browser.findElement(delivered).getAttribute("class").contains("colour-green"));
        assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.__sameDocument;")),
                "the page was not reloaded");
    }

    @Test
    void theBillerIsToldTheMomentPackingCompletes() throws Exception {
        browser = HeadlessChromium.start();
        HeadlessChromium.logIn(browser, "http://localhost:" + port, "biller");
        browser.get("http://localhost:" + port + "/board");
        var wait = HeadlessChromium.waitFor(browser);
        // the first poll marks "now"; only work that appears after it is news
        wait.until(d -> ((JavascriptExecutor) d).executeScript("return sessionStorage.getItem('orderflow.notices.since')") != null);

        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        driver.pack(number);

        By notice = By.xpath("//*[@data-testid='work-notice'][contains(., '" + number + "')]");
        wait.until(d -> !d.findElements(notice).isEmpty());
        var shown = browser.findElement(notice);
        assertTrue(shown.getText().contains("Bill order"), shown.getText());
        assertTrue(shown.findElement(By.tagName("a")).getAttribute("href").contains("/camunda/app/tasklist/"));
    }

    @Test
    void thePackingBoardMovesAnOrderFromTheQueueToItsPackerWithoutAReload() throws Exception {
        browser = HeadlessChromium.start();
        HeadlessChromium.logIn(browser, "http://localhost:" + port, "packer");
        browser.get("http://localhost:" + port + "/packing");
        ((JavascriptExecutor) browser).executeScript("window.__sameDocument = true;");

        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
        var wait = HeadlessChromium.waitFor(browser);
        By queued = By.cssSelector("[data-part='queue'] [data-testid='work-" + number + "-pack']");
        wait.until(d -> !d.findElements(queued).isEmpty());

        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        tasks.claim(task.getId(), "packer");
        By mine = By.cssSelector("[data-part='pending'] [data-testid='work-" + number + "-pack']");
        wait.until(d -> !d.findElements(mine).isEmpty() && d.findElements(queued).isEmpty());
        assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return window.__sameDocument;")),
                "the page was not reloaded");
    }
}
