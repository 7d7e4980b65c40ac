package com.orderflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.orderflow.billing.BillingFixtures;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.tracking.TrackingLinks;
import com.orderflow.support.TestOrders;

/**
 * Issue 13.6: with the Content-Security-Policy on, every page of ours still works in Chromium. The
 * pages are found from the controllers themselves (every GET page without a path variable, so a
 * page added later is visited too), plus an order, its bill, its public tracking page and the API's
 * Swagger UI; the browser's console must report no refused script, style or picture.
 */
@OrderflowSpringTest
class ContentSecurityPolicyBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    BillingFixtures billing;
    @Autowired
    TrackingLinks tracking;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageOfOursLoadsWithoutAnythingRefusedByThePolicy() throws Exception {
        browser = HeadlessChromium.start(options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
        String base = "http://localhost:" + port;
        String order = billing.billedOrder("credit", null, null);
        String bill = billing.billOf(order).number();
        String trackingLink = tracking.linkFor(order, TestOrders.OWNER);

        List<String> pages = new ArrayList<>(pagesWithoutVariables());
        pages.addAll(List.of("/orders/" + order, "/bills/" + bill, "/inventory/label?sku=KK-1KG&batch=none"));
        assertTrue(pages.size() >= 20, "the controllers' pages were found: " + pages);

        List<String> refused = new ArrayList<>();
        HeadlessChromium.logIn(browser, base, "owner");
        for (String page : pages) {
            visit(base + page, refused);
        }
        visit(trackingLink.replaceFirst("https?://[^/]+", base), refused);
        visit(base + "/api/docs/ui", refused);
        assertEquals(List.of(), refused);
    }

    private void visit(String url, List<String> refused) throws InterruptedException {
        browser.get(url);
        try {
            HeadlessChromium.waitFor(browser).until(d -> "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState")));
        } catch (org.openqa.selenium.TimeoutException e) {
            refused.add(url + ": did not finish loading");
            return;
        }
        // scripts that fetch and draw after loading (the board, the map) get a moment to run
        Thread.sleep(300);
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                refused.add(url + ": " + entry.getMessage());
            }
        }
    }

    /** Every GET page of a page controller (not a REST controller) whose path has no variable, nor a file ending. */
    private TreeSet<String> pagesWithoutVariables() {
        TreeSet<String> pages = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry
                : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Class<?> controller = entry.getValue().getBeanType();
            if (AnnotatedElementUtils.hasAnnotation(controller, RestController.class)
                    || !info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    || !controller.getPackageName().startsWith("com.orderflow")) {
                continue;
            }
            for (String path : info.getPatternValues()) {
                if (!path.contains("{") && !path.matches(".*\\.(png|pdf|json)$") && !path.startsWith("/error")) {
                    pages.add(path);
                }
            }
        }
        return pages;
    }
}
