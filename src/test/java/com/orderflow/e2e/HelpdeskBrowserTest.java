package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.helpdesk.HelpDesk;
import com.orderflow.helpdesk.NewTicket;
import com.orderflow.helpdesk.TicketSource;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;

/**
 * Customer Care answers a ticket on a 390 px phone in a real (headless) browser: the ticket is in
 * the list, its page shows the customer's words without sideways scrolling, an empty answer is
 * refused in place, and an answer closes the ticket. Screenshots go to target/screenshots.
 */
@OrderflowSpringTest
class HelpdeskBrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    HelpDesk helpDesk;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void customerCareAnswersAndClosesATicketOnAPhone() throws Exception {
        String email = "phone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String number = helpDesk.open(new NewTicket(TicketSource.TRACKING_PAGE, "Installation not done",
                "The technician did not come on Thursday. Please send someone this week.", null, "Anita Kulkarni",
                email, null, null)).number();
        String base = "http://localhost:" + port;
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        var wait = HeadlessChromium.waitFor(browser);
        HeadlessChromium.logIn(browser, base, "care");

        browser.get(base + "/helpdesk");
        wait.until(d -> !d.findElements(By.linkText(number)).isEmpty());
        HeadlessChromium.tap(browser, browser.findElement(By.linkText(number)));
        wait.until(d -> d.getCurrentUrl().endsWith("/helpdesk/" + number));
        assertTrue(browser.findElement(By.cssSelector("[data-testid='message']")).getText()
                .contains("did not come on Thursday"));
        assertEquals(390L, js("return window.innerWidth"), "the phone's width");
        assertTrue(((Number) js("return document.documentElement.scrollWidth")).longValue() <= 390,
                "no sideways scrolling on a phone");
        shot("ticket");

        HeadlessChromium.tap(browser, browser.findElement(By.cssSelector("[data-testid='reply-form'] button[type='submit']")));
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid='problems']")).isEmpty());
        shot("refused");

        browser.findElement(By.id("reply")).sendKeys("Sorry! Vinod comes on Monday between 10 and 12.");
        HeadlessChromium.tap(browser, browser.findElement(By.cssSelector("input[name='close']")));
        HeadlessChromium.tap(browser, browser.findElement(By.cssSelector("[data-testid='reply-form'] button[type='submit']")));
        wait.until(d -> d.findElements(By.cssSelector("[data-testid='reply-form']")).isEmpty());
        assertEquals("Closed", browser.findElement(By.cssSelector("[data-testid='state']")).getText());
        assertEquals(2, browser.findElements(By.cssSelector("[data-testid='message']")).size());
        shot("closed");
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SHOTS.resolve("helpdesk-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
