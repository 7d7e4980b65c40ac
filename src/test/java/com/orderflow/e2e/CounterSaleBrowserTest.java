package com.orderflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.orderflow.inventory.Pool;
import com.orderflow.inventory.TestStock;
import com.orderflow.support.HeadlessChromium;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.QrDecoding;

/**
 * The cashier at the counter with a keyboard-wedge scanner: the code arrives as keystrokes and
 * Enter, the line joins the cart, Sell bills it from Counter stock. On a 390 px phone a UPI sale
 * shows the QR for the catalogue's amount, takes the UTR and prints its receipt (issue 12).
 */
@OrderflowSpringTest
class CounterSaleBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    TestStock stock;

    WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private int counterStock(String sku) {
        return stock.balance(sku, Pool.COUNTER);
    }

    /** The biller's counter page with {@code quantity} of {@code code} scanned into the cart. */
    private WebDriverWait counterWith(String code, int quantity, Dimension window) throws Exception {
        browser = HeadlessChromium.start();
        if (window != null) {
            browser.manage().window().setSize(window);
        }
        String base = "http://localhost:" + port;
        HeadlessChromium.logIn(browser, base, "biller");
        browser.get(base + "/inventory/counter");
        var wait = HeadlessChromium.waitFor(browser);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quantity")));
        var typed = browser.findElement(By.id("quantity"));
        typed.clear();
        typed.sendKeys(Integer.toString(quantity));
        browser.findElement(By.cssSelector("[data-testid=code]")).sendKeys(code + Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cart]"), "Kaju Katli"));
        return wait;
    }

    @Test
    void aScannedCodeAndEnterPutTheLineInTheCartAndSellTakesItFromTheCounter() throws Exception {
        int before = counterStock("KK-500");
        var wait = counterWith("KK-500", 2, null);

        tap("[data-testid=sell]");
        wait.until(d -> !d.findElement(By.cssSelector("[data-testid=receipt]")).getText().isBlank());

        assertThat(browser.findElement(By.cssSelector("[data-testid=receipt]")).getText()).contains("₹", "paid by Cash");
        assertThat(counterStock("KK-500")).isEqualTo(before - 2);
    }

    @Test
    void aUpiSaleOnAPhoneShowsTheQrTakesTheUtrAndPrintsItsReceipt() throws Exception {
        String sku = stock.product(4);
        var wait = counterWith(sku, 2, new Dimension(390, 844));

        tap("[data-testid=pay-upi]");
        wait.until(d -> d.findElement(By.id("upi-qr")).isDisplayed()
                && d.findElement(By.id("upi-qr")).getAttribute("src").startsWith("data:image/png"));
        String qr = browser.findElement(By.id("upi-qr")).getAttribute("src");
        assertThat(QrDecoding.qrTextsOfPng(Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1))))
                .singleElement().asString().contains("&am=2400.00&");
        assertThat(browser.findElement(By.id("upi-caption")).getText()).isEqualTo("Scan to pay ₹2,400.00 by UPI");
        browser.findElement(By.cssSelector("[data-testid=reference]")).sendKeys("4123 5678 9012");
        screenshot("counter-upi-before-sale.png");
        assertThat(pageWidth()).as("nothing wider than the phone").isLessThanOrEqualTo(390);

        tap("[data-testid=sell]");
        wait.until(d -> !d.findElement(By.cssSelector("[data-testid=receipt]")).getText().isBlank());
        String sold = browser.findElement(By.cssSelector("[data-testid=receipt]")).getText();
        var link = browser.findElement(By.cssSelector("[data-testid=receipt-link]"));
        screenshot("counter-upi-sold.png");

        assertThat(sold).matches("Sold: CS-\\d+ · ₹2,400\\.00 · paid by UPI");
        assertThat(link.isDisplayed()).isTrue();
        assertThat(counterStock(sku)).isEqualTo(2);
        String reference = sold.substring(sold.indexOf("CS-"), sold.indexOf(" ·"));
        byte[] pdf = fetch(link.getAttribute("href"));
        Files.write(SCREENSHOTS.resolve("counter-upi-receipt.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(reference, "Kaju Katli 1 kg", "₹2,400.00",
                    "Paid by UPI", "Ref 412356789012");
        }
        assertThat(QrDecoding.qrTextsOfPdf(pdf)).singleElement().asString()
                .contains("&am=2400.00&", "&tr=" + reference);
    }

    @Test
    void aUpiSaleWithoutItsTransactionIdIsRefusedBesideTheField() throws Exception {
        String sku = stock.product(2);
        var wait = counterWith(sku, 1, new Dimension(390, 844));

        tap("[data-testid=pay-upi]");
        tap("[data-testid=sell]");
        wait.until(d -> !d.findElement(By.cssSelector("[data-testid=reference-error]")).getText().isBlank());

        assertThat(browser.findElement(By.cssSelector("[data-testid=reference-error]")).getText())
                .contains("12-digit UPI transaction id");
        assertThat(counterStock(sku)).isEqualTo(2);
    }

    private void tap(String css) {
        HeadlessChromium.tap(browser, browser.findElement(By.cssSelector(css)));
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The receipt as the cashier's tab opens it: the same link, signed in as the cashier. */
    private byte[] fetch(String url) throws Exception {
        String basic = Base64.getEncoder().encodeToString("biller:biller123".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        return response.body();
    }
}
