package com.orderflow.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless, never downloaded by the test (the machine is
 * offline). `.ci/run` installs them; where they are missing the browser tests are skipped.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    public static WebDriver start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    public static void logIn(WebDriver browser, String baseUrl, String user) {
        browser.get(baseUrl + "/login");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(user + "123");
        browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
        waitFor(browser).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Taps an element as a person would: after dismissing the work notices that pop up over the
     * bottom of a phone's screen, with the element scrolled to the middle.
     */
    public static void tap(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('[data-testid=work-notice] button').forEach(b => b.click());"
                        + "arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public static WebDriverWait waitFor(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }
}
