package com.orderflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.notifications.Staff;
import com.orderflow.notifications.StaffDirectory;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;

/**
 * The admin keeps a staff member's number on a 390 px phone (issue 12): a number that is not one is
 * refused beside the field in Marathi, the same person's number in another Indian format is saved.
 * Screenshots: target/screenshots/staff-phones-*.png.
 */
@OrderflowSpringTest
class StaffPhonesBrowserTest {
    private static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;
    @Autowired
    StaffDirectory staff;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdminFixesAMistypedNumberOnAPhone() throws Exception {
        browser = HeadlessChromium.start();
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "owner");
        HeadlessChromium.phone(browser, PHONE_WIDTH, 844);
        browser.get(base + "/notifications/staff-phones?lang=mr");
        var wait = HeadlessChromium.waitFor(browser);

        save("98200 8888");
        wait.until(d -> !card().findElements(By.cssSelector("[data-testid=e-phone]")).isEmpty());
        WebElement error = card().findElement(By.cssSelector("[data-testid=e-phone]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", card());
        HeadlessChromium.screenshot(browser, "staff-phones-refused");
        assertThat(error.getText()).isEqualTo("योग्य फोन नंबर हवा, उदा. 98201 23456 किंवा +91 98201 23456");
        assertThat(error.isDisplayed()).isTrue();
        assertThat(js("return window.innerWidth")).isEqualTo(PHONE_WIDTH);
        assertThat(js("return document.documentElement.scrollWidth")).as("nothing wider than the phone")
                .isLessThanOrEqualTo(PHONE_WIDTH);

        save("+91 98200 88888");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=staff-phone-done]")).size() == 1);
        HeadlessChromium.screenshot(browser, "staff-phones-saved");
        assertThat(browser.findElement(By.cssSelector("[data-testid=staff-phone-done]")).getText())
                .isEqualTo("karigar साठी नंबर जतन केला.");
        assertThat(card().findElement(By.cssSelector("[data-part=phone]")).getText()).contains("+919820088888");
        assertThat(staff.find("karigar").map(Staff::phone)).contains("+919820088888");
    }

    private WebElement card() {
        return browser.findElement(By.cssSelector("[data-user=karigar]"));
    }

    private void save(String phone) {
        WebElement field = card().findElement(By.cssSelector("[data-testid=f-phone]"));
        HeadlessChromium.tap(browser, field);
        field.clear();
        field.sendKeys(phone);
        HeadlessChromium.tap(browser, card().findElement(By.cssSelector("[data-testid=save-phone]")));
    }

    private long js(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }
}
