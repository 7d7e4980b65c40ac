package com.orderflow.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.trading.process.TradingOrderProcess;

/**
 * The technician's phone page at 390 px: Ajay sees his own visit and not Vinod's; a finish without
 * photo, signature and checklist is refused in words naming what is missing; with them the visit
 * ends and goes to the order manager for approval.
 */
@OrderflowSpringTest
class VisitPagesBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    RuntimeService runtime;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String confirmedVisit(TradingShop shop) {
        String number = shop.order(PaymentMode.COD, shop.product(5, "split-ac"), 1);
        String awb = shop.shipFromWarehouse(number);
        shop.scan(awb, "OUT_FOR_DELIVERY", Instant.now());
        shop.deliverWithOtp(number, shop.view(number).total());
        shop.customerConfirmsSlot(number);
        return number;
    }

    @Test
    void aTechnicianSeesOnlyHisVisitsAndFinishesOneFromHisPhone() throws Exception {
        TradingShop ajays = new TradingShop(beans.createBean(TradingShop.Parts.class), "ajay");
        TradingShop vinods = new TradingShop(beans.createBean(TradingShop.Parts.class), "vinod");
        String mine = confirmedVisit(ajays);
        String his = confirmedVisit(vinods);

        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "ajay");
        HeadlessChromium.phone(browser, 390, 844);
        browser.get(base + "/");
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.urlToBe(base + "/trading/visits"));
        String list = HeadlessChromium.waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=visits]"))).getText();
        assertTrue(list.contains(mine), list);
        assertFalse(list.contains(his), "another technician's visit is not shown: " + list);
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertTrue(width <= 390, "fits the phone without sideways scrolling: " + width);

        HeadlessChromium.tap(browser, browser.findElement(By.linkText(mine + " · Meena Joshi")));
        HeadlessChromium.tap(browser, HeadlessChromium.waitFor(browser).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=complete] button[type=submit]"))));
        String refused = HeadlessChromium.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=problems]"))).getText();
        assertTrue(refused.contains("photo of the installed unit") && refused.contains("Demo given"), refused);
        HeadlessChromium.screenshot(browser, "trading-visit-refused-390");

        Path photo = Files.write(Files.createTempFile("unit", ".png"), TestImages.png(40, 30));
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        HeadlessChromium.tap(browser, browser.findElement(By.cssSelector("form[action*='/photo'] button")));
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=proof]"), "1 /"));
        browser.findElement(By.id("signature")).sendKeys(photo.toString());
        HeadlessChromium.tap(browser, browser.findElement(By.cssSelector("form[action*='kind=signature'] button")));
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=proof]"), "1 / yes"));
        List<WebElement> checklist = browser.findElements(By.cssSelector("input[name=checklist]"));
        assertEquals(4, checklist.size());
        for (WebElement item : checklist) {
            HeadlessChromium.tap(browser, item);
        }
        HeadlessChromium.screenshot(browser, "trading-visit-390");
        HeadlessChromium.tap(browser, browser.findElement(By.cssSelector("[data-testid=complete] button[type=submit]")));
        HeadlessChromium.waitFor(browser).until(ExpectedConditions.urlToBe(base + "/trading/visits"));

        assertEquals(1, runtime.createExecutionQuery().processInstanceBusinessKey(mine)
                .activityId(TradingOrderProcess.TASK_APPROVE_INSTALLATION).count(), "on to the manager's approval");
    }
}
