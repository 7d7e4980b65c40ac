package com.orderflow.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver, headless, never downloaded by the test (the machine is
 * offline). `.ci/run` installs them. Where they are missing a browser test is skipped on a
 * developer's machine, but fails the run in CI (environment {@code CI=true}): a CI run that only
 * skipped its browser tests must not pass as green.
 */
public final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /**
     * Returns when both programs are there; otherwise skips the test (an assumption), or under
     * {@code CI=true} in {@code environment} fails it.
     */
    static void requireBrowser(Map<String, String> environment, Path chromium, Path chromedriver) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        String missing = "Chromium and ChromeDriver are not installed at " + chromium + " and " + chromedriver
                + " (apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(environment.getOrDefault("CI", "").strip())) {
            throw new IllegalStateException(missing + "; CI=true, so the browser tests fail instead of being skipped");
        }
        Assumptions.abort(missing);
    }

    public static WebDriver start() throws Exception {
        return start(options -> { });
    }

    /** A browser whose options the test adds to (e.g. reading the console's log). */
    public static WebDriver start(java.util.function.Consumer<ChromeOptions> more) throws Exception {
        requireBrowser(System.getenv(), CHROMIUM, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        more.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Makes the page a phone's: a viewport {@code width} CSS pixels wide (Chromium's window cannot be
     * narrower than 500 px, so the device metrics are emulated), touch on.
     */
    public static void phone(WebDriver browser, int width, int height) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", true));
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
    }

    /** What the browser shows now, as a PNG under target/screenshots/, to look at after the run. */
    public static Path screenshot(WebDriver browser, String name) throws java.io.IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        return file;
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

    /** Waits that outlive a page reload: an element found just before the page changed is looked up again. */
    public static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
