package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.orders.Channel;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderView;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * Customer Care takes an order on a phone (390 px): the phone finds the returning customer, the
 * products are found by typing part of their Marathi and English names, the quantity is stepped,
 * the server's total shows, and the placed order is found again on /orders by the phone written
 * another way. Names and prices come from the catalogue: a request the page did not make (a name and
 * a ₹1 price slipped in) is refused and the page says so on the line. Screenshots go to
 * target/screenshots/.
 */
@OrderflowSpringTest
class OrderEntryBrowserTest {
    private static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;
    @Autowired
    OrderService orders;
    @Autowired
    JdbcTemplate jdbc;

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

    private WebDriverWait openOrderForm(String user) throws Exception {
        browser = HeadlessChromium.start();
        HeadlessChromium.logIn(browser, base(), user);
        HeadlessChromium.phone(browser, PHONE_WIDTH, 844);
        browser.get(base() + "/orders/new");
        return HeadlessChromium.waitFor(browser);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void tap(WebElement element) {
        HeadlessChromium.tap(browser, element);
    }

    /** Types into the product search and picks the result with this SKU. */
    private void pick(WebDriverWait wait, String typed, String sku) {
        WebElement search = browser.findElement(By.cssSelector("[data-testid=product-search]"));
        search.clear();
        search.sendKeys(typed);
        By result = By.cssSelector("[data-testid=product-result][data-sku='" + sku + "']");
        wait.until(ExpectedConditions.elementToBeClickable(result));
        tap(browser.findElement(result));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=line]")).isEmpty()
                && d.findElements(By.cssSelector("[data-testid=product-result]")).isEmpty());
    }

    private long pageWidth() {
        return ((Number) js("return document.documentElement.scrollWidth;")).longValue();
    }

    @Test
    void customerCareTakesAnOrderForAReturningCustomerOnAPhoneAndFindsItOnTheOrderList() throws Exception {
        String five = String.valueOf(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String earlier = orders.create(new NewOrder(Channel.PHONE, new NewOrder.Customer("Meena Joshi",
                "98200 " + five, "3 Temple Road, near the Ganesh temple", "Borivali West", "400092"), null,
                List.of(NewOrder.Line.of("MOD-500", 1))), TestOrders.BILLER).number();
        var wait = openOrderForm("care");
        assertEquals(PHONE_WIDTH, ((Number) js("return window.innerWidth;")).intValue());

        browser.findElement(By.cssSelector("[data-testid=customer-phone]")).sendKeys("+91 98200 " + five);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=customer-found]"),
                "Meena Joshi"));
        assertEquals("Meena Joshi", browser.findElement(By.cssSelector("[data-testid=customer-name]")).getAttribute("value"));
        assertEquals("3 Temple Road, near the Ganesh temple",
                browser.findElement(By.cssSelector("[data-testid=customer-address]")).getAttribute("value"));
        assertTrue(browser.findElement(By.cssSelector("[data-testid=last-orders]")).getText().contains(earlier));

        // part of the Marathi name, then part of the English one
        browser.findElement(By.cssSelector("[data-testid=product-search]")).sendKeys("काजू");
        // both sizes of Kaju Katli (other tests add more products with the name to the shared catalogue)
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=product-result][data-sku='KK-1KG']")).isEmpty()
                && !d.findElements(By.cssSelector("[data-testid=product-result][data-sku='KK-500']")).isEmpty());
        HeadlessChromium.screenshot(browser, "order-entry-1-search-marathi");
        assertEquals(PHONE_WIDTH, pageWidth(), "nothing scrolls sideways");
        pick(wait, "काजू", "KK-1KG");
        pick(wait, "karan", "KAR-250");
        WebElement karanji = browser.findElements(By.cssSelector("[data-testid=line]")).get(1);
        tap(karanji.findElement(By.cssSelector("[data-testid=more]")));
        tap(karanji.findElement(By.cssSelector("[data-testid=more]")));
        tap(karanji.findElement(By.cssSelector("[data-testid=less]")));
        // 1 × ₹1,200 + 2 × ₹180, as the server works it out
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=estimate]"), "₹1,560.00"));
        assertEquals("2", karanji.findElement(By.cssSelector("[data-testid=quantity]")).getAttribute("value"));
        assertEquals("₹360.00", karanji.findElement(By.cssSelector("[data-testid=line-total]")).getText());
        assertTrue(browser.findElements(By.cssSelector("[data-testid=discount]")).isEmpty(),
                "customer care is not offered a discount");
        assertEquals(PHONE_WIDTH, pageWidth(), "nothing scrolls sideways");
        HeadlessChromium.screenshot(browser, "order-entry-2-lines");

        tap(browser.findElement(By.cssSelector("[data-testid=submit-order]")));
        wait.until(ExpectedConditions.urlMatches("/orders/KO-\\d{4}-\\d{6}$"));
        String number = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        OrderView placed = orders.get(number, TestOrders.OWNER);
        assertEquals(List.of("Kaju Katli 1 kg × 1 @ 1200.00", "Karanji 250 g × 2 @ 180.00"), placed.lines().stream()
                .map(l -> l.product() + " " + l.size() + " × " + l.quantity() + " @ " + l.unitPrice()).toList());
        assertEquals("+9198200" + five, placed.customer().phone());
        assertEquals("care", placed.createdBy());
        HeadlessChromium.screenshot(browser, "order-entry-3-placed");

        browser.get(base() + "/orders");
        WebElement search = browser.findElement(By.cssSelector("[data-testid=search-text]"));
        search.sendKeys("98200" + five);
        tap(browser.findElement(By.cssSelector("[data-testid=search-submit]")));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='order-row-" + number + "']")).isEmpty());
        List<WebElement> rows = browser.findElements(By.cssSelector("[data-testid^='order-row-']"));
        assertEquals(2, rows.size(), "this customer's two orders");
        assertTrue(rows.get(0).getText().contains(number) && rows.get(1).getText().contains(earlier), "newest first");
        assertEquals(PHONE_WIDTH, pageWidth(), "nothing scrolls sideways");
        HeadlessChromium.screenshot(browser, "order-entry-4-found-on-order-list");
    }

    @Test
    void aNameAndPriceSlippedIntoThePagesRequestAreRefusedOnTheLineAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class);
        var wait = openOrderForm("biller");
        browser.findElement(By.cssSelector("[data-testid=customer-phone]")).sendKeys("98201 23456");
        browser.findElement(By.cssSelector("[data-testid=customer-name]")).sendKeys("Sita Rao");
        pick(wait, "kaju katli 1", "KK-1KG");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=estimate]"), "₹1,200.00"));
        // what a tampered page (or a changed script) would send: Motichoor Ladoo at ₹1 on Kaju Katli's SKU
        js("""
                const send = window.fetch;
                window.fetch = (url, options) => {
                  if (String(url).endsWith('/api/orders') && options && options.method === 'POST') {
                    const body = JSON.parse(options.body);
                    body.lines[0].product = 'Motichoor Ladoo';
                    body.lines[0].unitPrice = 1;
                    options = Object.assign({}, options, {body: JSON.stringify(body)});
                  }
                  return send(url, options);
                };""");
        tap(browser.findElement(By.cssSelector("[data-testid=submit-order]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=error-summary]")));
        WebElement line = browser.findElement(By.cssSelector("[data-testid=line]"));
        assertTrue(line.getText().contains("must be the catalogue price ₹1,200.00, or left out"), line.getText());
        assertTrue(line.getText().contains("must be the catalogue name “Kaju Katli”, or left out"), line.getText());
        assertTrue(browser.getCurrentUrl().endsWith("/orders/new"));
        assertEquals(before, jdbc.queryForObject("SELECT COUNT(*) FROM customer_order", Long.class), "nothing saved");
        HeadlessChromium.screenshot(browser, "order-entry-5-tampered-request-refused");
    }
}
