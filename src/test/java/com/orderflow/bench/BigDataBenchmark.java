package com.orderflow.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.WebDriver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.orderflow.support.HeadlessChromium;

/**
 * The big-data part of the benchmark ({@code -Dbench.only=bigdata}; also after the reports in a
 * whole run, on the reports' history): fills the embedded PostgreSQL with {@code bench.finished}
 * finished orders with their history (ReportsBenchmark's COPY generator, default 1 000 000) and
 * {@code bench.open} open orders with their waiting process instances ({@link OpenOrders}, default
 * 100 000), then times the pages and APIs the staff keep open, through real HTTP against the app
 * in this JVM, signed in as each user with a session as a browser is: p50/p95/max after a warm-up.
 * Targets (issue 18): Tasklist's query p95 ≤ 50 ms, /api/board p95 ≤ 200 ms, the order page p95 ≤
 * 100 ms. Last, a screenshot of the board at 390 px wide (target/screenshots/bench-board-390.png).
 */
final class BigDataBenchmark {
    private static final int RUNS = Integer.getInteger("bench.bigRuns", 40);
    private static final int WARM_UP = 5;
    private static final long BUDGET_NANOS = 60_000_000_000L;

    private BigDataBenchmark() {
    }

    /** bench.only=bigdata: alone, with its own finished orders; a whole run (all): on the reports' history. */
    static void runIfAsked(ConfigurableApplicationContext app, String only) throws Exception {
        if (only == null || only.equals("all") || only.equals("bigdata")) {
            run(app, "bigdata".equals(only));
        }
    }

    /** Generates (the finished orders only when {@code writeFinished}: a whole run already wrote them) and measures. */
    private static void run(ConfigurableApplicationContext app, boolean writeFinished) throws Exception {
        int open = Integer.getInteger("bench.open", 100_000);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        System.out.println();
        System.out.println("orderflow big-data benchmark — embedded PostgreSQL, " + open + " open orders with their"
                + " process instances" + (writeFinished ? ", then " + Integer.getInteger("bench.finished", 1_000_000)
                + " finished orders with their history" : ", beside the reports' history"));
        long start = System.nanoTime();
        // the open orders first: their engine tables are still small, so building their indexes again is quick
        List<String> sample = OpenOrders.write(app, open);
        row("open orders written with COPY, s", (System.nanoTime() - start) / 1e9);
        if (writeFinished) {
            ReportsBenchmark.writeHistory(app, Integer.getInteger("bench.finished", 1_000_000));
        }
        start = System.nanoTime();
        // what autovacuum does on a live database after a bulk load: statistics and the visibility map
        jdbc.execute("VACUUM ANALYZE customer_order, order_line, order_status_change, ACT_RU_EXECUTION, ACT_RU_TASK,"
                + " ACT_RU_IDENTITYLINK, ACT_RU_VARIABLE, ACT_RU_AUTHORIZATION, ACT_RU_EVENT_SUBSCR, ACT_RU_JOB,"
                + " ACT_GE_BYTEARRAY, ACT_HI_PROCINST, ACT_HI_TASKINST, ACT_HI_ACTINST");
        row("VACUUM ANALYZE, s", (System.nanoTime() - start) / 1e9);
        row("finished orders", jdbc.queryForObject("SELECT COUNT(*) FROM customer_order WHERE status IN"
                + " ('DELIVERED', 'CANCELLED', 'RETURNED')", Long.class));
        for (String[] count : new String[][] {{"open tasks (ACT_RU_TASK)", "ACT_RU_TASK"},
            {"open tasks for packers", "ACT_RU_IDENTITYLINK WHERE GROUP_ID_ = 'packer' AND TYPE_ = 'candidate'"},
            {"task authorizations (ACT_RU_AUTHORIZATION)", "ACT_RU_AUTHORIZATION"},
            {"runtime variables (ACT_RU_VARIABLE)", "ACT_RU_VARIABLE"},
            {"history activity instances (ACT_HI_ACTINST)", "ACT_HI_ACTINST"}, {"orders (customer_order)", "customer_order"}}) {
            row(count[0], jdbc.queryForObject("SELECT COUNT(*) FROM " + count[1], Long.class));
        }

        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        HttpClient owner = signedIn(base, "owner");
        HttpClient packer = signedIn(base, "packer");
        System.out.printf("  %-58s %8s %8s %8s %6s %10s%n", "request (user)", "p50 ms", "p95 ms", "max ms", "runs", "bytes");
        time(packer, "Tasklist query (packer, authorization on)", base
                + "/engine-rest/task?candidateGroup=packer&sortBy=created&sortOrder=asc&maxResults=50");
        time(owner, "/api/board (owner)", base + "/api/board");
        time(owner, "/board page (owner)", base + "/board");
        time(owner, "/api/orders?status=RECEIVED (owner)", base + "/api/orders?status=RECEIVED");
        time(owner, "/api/orders?status=DELIVERED (owner)", base + "/api/orders?status=DELIVERED");
        time(owner, "order page /orders/{number}, open orders (owner)", sample.stream()
                .map(number -> base + "/orders/" + number).toList());
        time(packer, "packing board /packing (packer)", base + "/packing");
        time(packer, "/api/packing/board (packer)", base + "/api/packing/board");
        time(owner, "/api/stock (owner)", base + "/api/stock");
        screenshot(base);
    }

    private static void time(HttpClient client, String name, String url) throws Exception {
        time(client, name, List.of(url));
    }

    /**
     * GETs the URLs in turn: a warm-up, then up to RUNS timed requests within a minute. An answer
     * other than 200 is printed as the request's result, and the benchmark goes on.
     */
    private static void time(HttpClient client, String name, List<String> urls) throws Exception {
        try {
            timed(client, name, urls);
        } catch (IllegalStateException failed) {
            String why = failed.getMessage();
            System.out.printf("  %-58s FAILED %s%n", name, why.substring(0, Math.min(300, why.length())));
        }
    }

    private static void timed(HttpClient client, String name, List<String> urls) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(client, urls.get(i % urls.size()));
        }
        List<Long> ms = new ArrayList<>();
        long bytes = 0;
        long started = System.nanoTime();
        for (int i = 0; i < RUNS && System.nanoTime() - started < BUDGET_NANOS; i++) {
            long start = System.nanoTime();
            bytes = get(client, urls.get(i % urls.size()));
            ms.add((System.nanoTime() - start) / 1_000_000);
        }
        long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        System.out.printf("  %-58s %8d %8d %8d %6d %10d%n", name, sorted[(int) Math.floor(0.5 * (n - 1))],
                sorted[(int) Math.ceil(0.95 * (n - 1))], sorted[n - 1], n, bytes);
    }

    private static long get(HttpClient client, String url) throws Exception {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    /** A client with the session of a user signed in through the sign-in page (demo password: name + 123). */
    private static HttpClient signedIn(String base, String user) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String form = "username=" + user + "&password=" + user + "123&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(user + " could not sign in: " + answer.statusCode() + " " + location);
        }
        return client;
    }

    /** The board as the owner's phone shows it (390 px wide), to look at after the run. */
    private static void screenshot(String base) {
        WebDriver browser = null;
        try {
            browser = HeadlessChromium.start();
            HeadlessChromium.phone(browser, 390, 844);
            HeadlessChromium.logIn(browser, base, "owner");
            browser.get(base + "/board");
            Path file = HeadlessChromium.screenshot(browser, "bench-board-390");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "document.querySelector('[data-testid=more-RECEIVED]').scrollIntoView({block: 'center'});");
            Path more = HeadlessChromium.screenshot(browser, "bench-board-390-more");
            System.out.println("  board at 390 px: " + file.toAbsolutePath() + ", " + more.getFileName());
        } catch (Exception | AssertionError e) {
            System.out.println("  no screenshot of the board: " + e);
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private static void row(String name, double value) {
        System.out.printf("  %-46s %14.2f%n", name, value);
    }
}
