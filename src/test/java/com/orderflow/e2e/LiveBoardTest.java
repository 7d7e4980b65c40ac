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
}
