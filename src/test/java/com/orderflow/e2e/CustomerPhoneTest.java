package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.customers.CustomerAccess;
import com.orderflow.customers.SignIn;
import com.orderflow.inventory.TestStock;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.orders.Channel;
import com.orderflow.orders.OrderView;
import com.orderflow.orders.OrdersOfCustomer;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The customer's phone flow in a real (headless) browser at phone width (390 px), in Marathi, Hindi
 * and English: sign in with the code from the message, pick sweets from the catalogue, check out,
 * land on the order with its timeline. No page is wider than the phone.
 */
@OrderflowSpringTest
class CustomerPhoneTest {
    private static final Path SHOTS = Path.of("target", "screenshots", "customer");

    @LocalServerPort
    int port;
    @Autowired
    DirectMessages outbox;
    @Autowired
    SignIn signIn;
    @Autowired
    TestStock stock;
    @Autowired
    OrdersOfCustomer ordersOf;

    WebDriver browser;

    @BeforeEach
    void freshLimits() {
        CustomerAccess.freshLimits(signIn);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerSignsInOrdersAndSeesTheOrderInMarathi() throws Exception {
        String sku = stock.product(4);
        String number = order("mr", "98200 30001", "+919820030001", sku, "मिठाई मागवा", "ऑर्डर पूर्ण करा");
        assertEquals(0, new BigDecimal("1200").compareTo(ordersOf.placedWith("+919820030001", 5).get(0).total()),
                number + " is priced by the catalogue");
    }

    @Test
    void theSameFlowInHindiAndEnglish() throws Exception {
        String sku = stock.product(4);
        order("hi", "98200 30002", "+919820030002", sku, "मिठाई मंगाएँ", "ऑर्डर पूरा करें");
        browser.quit();
        order("en", "98200 30003", "+919820030003", sku, "Order sweets", "Checkout");
    }

    /** The whole flow in one language; answers the placed order's number. */
    private String order(String lang, String phone, String e164, String sku, String shopTitle, String checkoutTitle)
            throws Exception {
        String base = "http://localhost:" + port;
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        var wait = HeadlessChromium.waitFor(browser);

        browser.get(base + "/my/sign-in?lang=" + lang);
        assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"));
        fitsThePhone(lang + "-1-sign-in");
        browser.findElement(By.cssSelector("[data-testid='phone']")).sendKeys(phone);
        browser.findElement(By.cssSelector("[data-testid='send-code']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='code']")).isEmpty());
        fitsThePhone(lang + "-2-code");
        browser.findElement(By.cssSelector("[data-testid='code']")).sendKeys(CustomerAccess.lastCode(outbox, e164));
        browser.findElement(By.cssSelector("[data-testid='verify']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='my-orders']")).isEmpty());
        fitsThePhone(lang + "-3-orders");

        browser.findElement(By.cssSelector("[data-testid='start-order']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='shop']")).isEmpty());
        assertEquals(shopTitle, browser.findElement(By.tagName("h1")).getText());
        var qty = browser.findElement(By.cssSelector("[data-testid='qty-" + sku + "']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", qty);
        qty.clear();
        qty.sendKeys("1");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid='cart-total']")).getText().contains("1,200"));
        fitsThePhone(lang + "-4-shop");
        click(By.cssSelector("[data-testid='review']"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='checkout']")).isEmpty());
        assertEquals(checkoutTitle, browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector("[data-testid='name']")).clear();
        browser.findElement(By.cssSelector("[data-testid='name']")).sendKeys("Gauri Joshi");
        browser.findElement(By.cssSelector("[data-testid='address']")).sendKeys("7 Ram Mandir Road");
        fitsThePhone(lang + "-5-checkout");
        click(By.cssSelector("[data-testid='place-order']"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='my-order']")).isEmpty());
        fitsThePhone(lang + "-6-order");

        List<OrderView> placed = ordersOf.placedWith(e164, 5);
        assertEquals(1, placed.size());
        OrderView order = placed.get(0);
        assertEquals(Channel.ONLINE, order.channel());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(order.number()));
        assertEquals("RECEIVED", browser.findElement(By.cssSelector("[data-testid='status']")).getAttribute("data-status"));
        assertEquals(lang, browser.findElement(By.tagName("html")).getAttribute("lang"));
        return order.number();
    }

    private void click(By by) {
        var element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Nothing sticks out sideways at phone width; a screenshot of the page is kept for a person to look at. */
    private void fitsThePhone(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertTrue(scrollWidth.intValue() <= viewport.intValue(),
                name + " is " + scrollWidth + " px wide on a " + viewport + " px phone");
    }
}
