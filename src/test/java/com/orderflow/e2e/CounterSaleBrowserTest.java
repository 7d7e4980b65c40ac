package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The cashier at the counter with a keyboard-wedge scanner: the code arrives as keystrokes and
 * Enter, the line joins the cart, Sell bills it from Counter stock.
 */
@OrderflowSpringTest
class CounterSaleBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    TestStock stock;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private int counterStock(String sku) {
        return stock.balance(sku, Pool.COUNTER);
    }

    @Test
    void aScannedCodeAndEnterPutTheLineInTheCartAndSellTakesItFromTheCounter() throws Exception {
        int before = counterStock("KK-500");
        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "biller");
        browser.get(base + "/inventory/counter");
        var wait = HeadlessChromium.waitFor(browser);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quantity")));
        var quantity = browser.findElement(By.id("quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        browser.findElement(By.cssSelector("[data-testid=code]")).sendKeys("KK-500" + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cart]"), "Kaju Katli"));
        browser.findElement(By.cssSelector("[data-testid=sell]")).click();
        wait.until(d -> !d.findElement(By.cssSelector("[data-testid=receipt]")).getText().isBlank());

        assertTrue(browser.findElement(By.cssSelector("[data-testid=receipt]")).getText().contains("₹"));
        assertEquals(before - 2, counterStock("KK-500"));
    }
}
