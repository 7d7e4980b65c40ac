package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.customers.CustomerAccess;
import com.orderflow.customers.SignIn;
import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.TicketView;
import com.orderflow.notifications.DirectMessages;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestOrders;

/**
 * On a phone (390 px, headless Chromium): a customer sees the points their delivered order earned,
 * rates it 2 stars (first without saying why, which is refused in words), lands on the Customer
 * Care question it opened, reads the shop's answer there and writes back. Screenshots are kept
 * under target/screenshots/rating-*.
 */
@OrderflowSpringTest
class RatingAndHelpPhoneTest {
    @LocalServerPort
    int port;
    @Autowired
    DirectMessages outbox;
    @Autowired
    SignIn signIn;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    HelpDesk helpDesk;

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
    void aCustomerRatesADeliveredOrderLowAndFollowsTheQuestionItOpened() throws Exception {
        NewOrder sample = TestOrders.homeDelivery();
        String number = orders.create(new NewOrder(sample.channel(), new NewOrder.Customer("Kavya Phadke",
                "98200 40020", "3 Tilak Road", "Dahisar East", "400068"), null, sample.lines()), TestOrders.BILLER)
                .number();
        driver.pack(number).bill(number).takeOut(number, "ravi").deliver(number);

        String base = "http://localhost:" + port;
        browser = HeadlessChromium.start();
        HeadlessChromium.phone(browser, 390, 844);
        var wait = HeadlessChromium.waitFor(browser);
        browser.get(base + "/my/sign-in?lang=en");
        browser.findElement(By.cssSelector("[data-testid='phone']")).sendKeys("98200 40020");
        browser.findElement(By.cssSelector("[data-testid='send-code']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='code']")).isEmpty());
        browser.findElement(By.cssSelector("[data-testid='code']"))
                .sendKeys(CustomerAccess.lastCode(outbox, "+919820040020"));
        browser.findElement(By.cssSelector("[data-testid='verify']")).click();
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='my-orders']")).isEmpty());
        long points = Long.parseLong(browser.findElement(By.cssSelector("[data-testid='points']"))
                .getAttribute("data-points"));
        assertTrue(points > 20, "the delivered order's bill earned points: " + points);
        assertTrue(browser.findElement(By.cssSelector("[data-testid='points-balance']")).getText()
                .startsWith(points + " points"));
        fitsThePhone("rating-1-points");

        browser.get(base + "/my/orders/" + number + "#rate");
        tap(By.cssSelector("[data-testid='stars-2']"));
        tap(By.cssSelector("[data-testid='rate']"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='rating-errors']")).isEmpty());
        assertEquals("What went wrong: say what went wrong when the rating is below 4",
                browser.findElement(By.cssSelector("[data-testid='rating-errors']")).getText());
        fitsThePhone("rating-2-refused");

        tap(By.cssSelector("[data-testid='stars-2']"));
        browser.findElement(By.cssSelector("[data-testid='rating-comment']")).sendKeys("The kaju katli was broken");
        tap(By.cssSelector("[data-testid='rate']"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='rated']")).isEmpty());
        assertEquals("2", browser.findElement(By.cssSelector("[data-testid='rated']")).getAttribute("data-stars"));
        fitsThePhone("rating-3-rated");

        List<TicketView> tickets = helpDesk.ticketsOf(number);
        assertEquals(1, tickets.size());
        helpDesk.reply(tickets.get(0).number(), "Sorry! A fresh box comes tomorrow.", false, TestOrders.CARE);
        tap(By.cssSelector("[data-testid='rating-ticket']"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='my-ticket']")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector("[data-testid='messages']")).getText()
                .contains("Sorry! A fresh box comes tomorrow."));
        browser.findElement(By.cssSelector("[data-testid='help-message']")).sendKeys("Thank you, after 5 pm please");
        browser.findElement(By.cssSelector("[data-testid='help-photo']")).sendKeys(photo().toString());
        tap(By.cssSelector("[data-testid='help-send']"));
        wait.until(d -> d.findElement(By.cssSelector("[data-testid='messages']")).getText().contains("after 5 pm"));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("var i = document.querySelector("
                + "\"[data-testid='message-photo'] img\"); return i && i.complete ? i.naturalWidth : 0;")).intValue() == 120);
        fitsThePhone("rating-4-ticket");

        tap(By.cssSelector("[data-testid='nav-help']"));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='my-help']")).isEmpty());
        assertEquals(1, browser.findElements(By.cssSelector("[data-testid='tickets'] li")).size());
        fitsThePhone("rating-5-help");
    }

    /** A phone picture of the broken box (a PNG file the browser uploads). */
    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 120, 90);
        g.dispose();
        Path file = Files.createTempFile("broken-box", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    private void tap(By by) {
        HeadlessChromium.tap(browser, browser.findElement(by));
    }

    /** Nothing sticks out sideways at phone width; the screenshot is kept for a person to look at. */
    private void fitsThePhone(String name) throws Exception {
        HeadlessChromium.screenshot(browser, name);
        Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertTrue(scrollWidth.intValue() <= viewport.intValue(),
                name + " is " + scrollWidth + " px wide on a " + viewport + " px phone");
    }
}
