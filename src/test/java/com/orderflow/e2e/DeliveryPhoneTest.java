package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.delivery.ProofKind;
import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.ReadyOrders;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * The delivery boy's phone page in a real (headless) browser at phone size: ravi takes a ready
 * order out, photographs the box, has the customer sign on the screen, marks it delivered, and the
 * owner's board shows the order green in Delivered.
 */
@OrderflowSpringTest
class DeliveryPhoneTest {
    @LocalServerPort
    int port;
    @Autowired
    OrderService orders;
    @Autowired
    OrderDriver driver;
    @Autowired
    ProofService proofs;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDeliveryBoyTakesAnOrderOutPhotographsItGetsASignatureAndMarksItDelivered() throws Exception {
        String number = new ReadyOrders(orders, driver).ready("Rawalpada", "400068");
        String base = "http://localhost:" + port;
        browser = HeadlessChromium.start();
        browser.manage().window().setSize(new Dimension(412, 915));
        HeadlessChromium.logIn(browser, base, "ravi");
        browser.get(base + "/delivery/my-run");
        var wait = HeadlessChromium.waitFor(browser);

        browser.findElement(By.cssSelector("[data-testid='take-out-order']")).sendKeys(number);
        browser.findElement(By.cssSelector("[data-testid='take-out-button']")).click();
        By stopBy = By.cssSelector("[data-testid='stop-" + number + "']");
        wait.until(d -> !d.findElements(stopBy).isEmpty());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, status(number));
        WebElement stop = browser.findElement(stopBy);
        assertTrue(stop.findElement(By.cssSelector("[data-testid='call']")).getAttribute("href").startsWith("tel:"));
        assertTrue(stop.findElement(By.cssSelector("[data-testid='map-link']")).getAttribute("href")
                .startsWith("https://www.google.com/maps/dir/?api=1&destination="));

        // marking it delivered without proof is refused, on the page
        click(stop.findElement(By.cssSelector("[data-testid='delivered']")));
        click(stop.findElement(By.cssSelector("[data-testid='confirm-delivered']")));
        wait.until(d -> d.findElement(stopBy).findElement(By.cssSelector("[data-testid='stop-error']")).getText()
                .contains("proof"));
        click(stop.findElement(By.cssSelector("[data-action='cancel-delivered']")));

        Path photo = Files.createTempFile("doorstep-", ".jpg");
        Files.write(photo, TestImages.jpeg(800, 600));
        stop.findElement(By.cssSelector("[data-testid='photo-input']")).sendKeys(photo.toAbsolutePath().toString());
        wait.until(d -> !d.findElement(stopBy).findElements(By.cssSelector("[data-testid='proof-PHOTO'] img")).isEmpty());

        WebElement pad = stop.findElement(By.cssSelector("[data-testid='signature-pad']"));
        scroll(pad);
        new Actions(browser).moveToElement(pad, -80, -10).clickAndHold().moveByOffset(40, 20).moveByOffset(40, -25)
                .moveByOffset(50, 15).release().perform();
        click(stop.findElement(By.cssSelector("[data-testid='save-signature']")));
        wait.until(d -> !d.findElement(stopBy).findElements(By.cssSelector("[data-testid='proof-SIGNATURE']")).isEmpty());

        click(browser.findElement(stopBy).findElement(By.cssSelector("[data-testid='delivered']")));
        // paid at the counter: the confirmation asks nothing about money
        assertTrue(browser.findElement(stopBy).findElement(By.cssSelector("[data-testid='confirm-question']")).getText()
                .contains("collect nothing"));
        click(browser.findElement(stopBy).findElement(By.cssSelector("[data-testid='confirm-delivered']")));
        wait.until(d -> d.findElement(stopBy).findElement(By.cssSelector("[data-testid='stop-state']")).getText()
                .equals("Delivered"));
        assertEquals(OrderStatus.DELIVERED, status(number));
        assertEquals(List.of(ProofKind.PHOTO, ProofKind.SIGNATURE), proofs.proofsOf(List.of(number)).get(number).stream()
                .map(p -> p.kind()).toList());
        List<TimelineEntry> timeline = orders.timeline(number, TestOrders.OWNER);
        assertEquals("ravi", timeline.get(timeline.size() - 1).actor());

        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, base, "owner");
        browser.get(base + "/board");
        By delivered = By.cssSelector("[data-testid='column-DELIVERED'] [data-testid='card-" + number + "']");
        wait.until(d -> !d.findElements(delivered).isEmpty());
        assertTrue(browser.findElement(delivered).getAttribute("class").contains("colour-green"));

        // the order page shows the proofs with who took them
        browser.get(base + "/orders/" + number);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid='proofs'] img")).size() == 2);
        assertTrue(browser.findElement(By.cssSelector("[data-testid='proofs']")).getText().contains("ravi"));
    }

    /** Taps the element, after dismissing work notices as the boy would ("Deliver the stop" pops up over the page). */
    private void click(WebElement element) {
        scroll(element);
        element.click();
    }

    private void scroll(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('[data-testid=work-notice] button').forEach(b => b.click());"
                        + "arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private OrderStatus status(String number) {
        return orders.get(number, TestOrders.OWNER).status();
    }
}
