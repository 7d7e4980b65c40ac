package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.camunda.bpm.engine.IdentityService;
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

import com.orderflow.billing.BillingService;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.delivery.TestDeliveryBoys;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * Cash on the road in a real (headless) browser on a 390 px phone: the delivery boy signs in and
 * lands on his run, sees the amount to collect, is told at the top of the stop what is missing,
 * photographs the box, confirms "delivered, ₹180.00 in cash", and the biller's hand-over page shows
 * that cash and takes it. Screenshots go to target/screenshots.
 */
@OrderflowSpringTest
class DeliveryCashBrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    BillingService billing;
    @Autowired
    IdentityService identity;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDeliveryBoyCollectsCashConfirmsDeliveredAndTheHandOverPageShowsIt() throws Exception {
        String boy = TestDeliveryBoys.fresh(identity, "deepak");
        String number = new ReadyOrders(orders, driver).cashOnDelivery("Meena Joshi", "Rawalpada", "400068");
        driver.takeOut(number, boy);
        String base = "http://localhost:" + port;
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        var wait = HeadlessChromium.waitFor(browser);

        HeadlessChromium.logIn(browser, base, boy);
        wait.until(d -> d.getCurrentUrl().endsWith("/delivery/my-run"));
        assertEquals(390L, js("return window.innerWidth"), "the phone's width");
        By stopBy = By.cssSelector("[data-testid='stop-" + number + "']");
        WebElement stop = browser.findElement(stopBy);
        assertEquals("To collect: ₹180.00", stop.findElement(By.cssSelector("[data-testid='to-collect']")).getText());
        assertNoSidewaysScroll();
        shot("1-my-run");

        // Delivered without proof: the problem shows at the top of the stop, in view
        click(stop.findElement(By.cssSelector("[data-testid='delivered']")));
        click(stop.findElement(By.cssSelector("[data-testid='confirm-delivered']")));
        WebElement error = stop.findElement(By.cssSelector("[data-testid='stop-error']"));
        wait.until(d -> error.getText().contains("proof"));
        assertTrue(top(error) < top(stop.findElement(By.cssSelector("[data-testid='to-collect']"))),
                "the error sits above the amount, at the top of the stop");
        WebElement heading = stop.findElement(By.cssSelector("h3"));
        assertTrue(top(heading) > -1 && bottom(error) <= ((Number) js("return window.innerHeight")).doubleValue(),
                "the stop's heading and its error are in view: " + top(heading) + " to " + bottom(error) + " of "
                        + js("return window.innerHeight"));
        assertNoSidewaysScroll();
        shot("2-error-at-top");
        click(stop.findElement(By.cssSelector("[data-action='cancel-delivered']")));

        Path photo = Files.createTempFile("doorstep-", ".jpg");
        Files.write(photo, TestImages.jpeg(800, 600));
        stop.findElement(By.cssSelector("[data-testid='photo-input']")).sendKeys(photo.toAbsolutePath().toString());
        wait.until(d -> !d.findElement(stopBy).findElements(By.cssSelector("[data-testid='proof-PHOTO'] img")).isEmpty());

        click(stop.findElement(By.cssSelector("[data-testid='delivered']")));
        WebElement panel = stop.findElement(By.cssSelector("[data-testid='confirm-panel']"));
        assertTrue(panel.isDisplayed());
        assertTrue(stop.findElement(By.cssSelector("[data-testid='mode-cash']")).isSelected(), "cash by default");
        assertEquals("180.00", stop.findElement(By.cssSelector("[data-testid='collected-amount']")).getAttribute("value"));
        assertEquals("Delivered to Meena Joshi and ₹180.00 collected in cash?",
                stop.findElement(By.cssSelector("[data-testid='confirm-question']")).getText());
        assertNoSidewaysScroll();
        shot("3-confirm-cash");
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, orders.get(number, TestOrders.OWNER).status(), "not before confirming");

        click(stop.findElement(By.cssSelector("[data-testid='confirm-delivered']")));
        wait.until(d -> d.findElement(stopBy).findElement(By.cssSelector("[data-testid='stop-state']")).getText()
                .equals("Delivered"));
        assertEquals("Collected in cash: ₹180.00",
                browser.findElement(stopBy).findElement(By.cssSelector("[data-testid='collected']")).getText());
        assertEquals(OrderStatus.DELIVERED, orders.get(number, TestOrders.OWNER).status());
        String bill = billing.currentBillOf(number, TestOrders.BILLER).orElseThrow();
        assertEquals(0, billing.get(bill, TestOrders.BILLER).amountDue().compareTo(BigDecimal.ZERO));
        assertNoSidewaysScroll();
        shot("4-delivered");

        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, base, "biller");
        browser.get(base + "/delivery/cash");
        By row = By.cssSelector("[data-testid='cash-" + boy + "']");
        wait.until(d -> !d.findElements(row).isEmpty());
        assertEquals("₹180.00", browser.findElement(row).findElement(By.cssSelector("[data-testid='expected']")).getText());
        shot("5-hand-over");
        WebElement amount = browser.findElement(row).findElement(By.cssSelector("[data-testid='handed-over-input']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", amount);
        amount.sendKeys("180");
        click(browser.findElement(row).findElement(By.cssSelector("[data-testid='handover-save']")));
        wait.until(d -> !d.findElement(row).findElements(By.cssSelector("[data-testid='handed-over']")).isEmpty());
        assertTrue(browser.findElement(row).findElement(By.cssSelector("[data-testid='handed-over']")).getText()
                .contains("₹180.00"));
        assertNoSidewaysScroll();
        shot("6-handed-over");
    }

    private void assertNoSidewaysScroll() {
        assertEquals(1L, js("return document.documentElement.scrollWidth <= window.innerWidth ? 1 : 0"),
                "the page scrolls sideways: " + js("return document.documentElement.scrollWidth"));
    }

    private double top(WebElement element) {
        return ((Number) js("return arguments[0].getBoundingClientRect().top", element)).doubleValue();
    }

    private double bottom(WebElement element) {
        return ((Number) js("return arguments[0].getBoundingClientRect().bottom", element)).doubleValue();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Taps the element, after dismissing work notices as the boy would. */
    private void click(WebElement element) {
        js("document.querySelectorAll('[data-testid=work-notice] button').forEach(b => b.click());"
                + "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SHOTS.resolve("delivery-cash-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
