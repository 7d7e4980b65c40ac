package com.orderflow.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.ChildApp;
import com.orderflow.support.StaffClient;
import com.orderflow.support.StaffClient.Answer;
import com.orderflow.support.Till;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two app nodes on one PostgreSQL, as a shop that outgrew one machine runs them (issue 17): both with
 * the postgres profile on a PostgreSQL the test starts, both job executors and outbox senders on, a
 * fake Twilio for the messages. Orders go through both alternately (placed on one, packed on the
 * other, billed on the first), 200 advance bookings' day-before timers fall due at the same moment,
 * and then, with more timers due and tills working on both, one node is killed with SIGKILL. The
 * other carries on and takes over the dead node's timers and messages once their locks and claims
 * run out. In the end every timer fired exactly once, every message went out once (at most the one
 * the dead node was sending at its death twice: a send to Twilio cannot be taken back), order
 * numbers are unique, bill numbers have no gap, and no request was answered 5xx.
 */
class TwoNodesTest {
    private static final int BOOKINGS = 200;
    private static final int BOOKINGS_AT_THE_KILL = 60;
    private static final int TILLS = 6;
    private static final Duration START = Duration.ofMinutes(3);
    private static final String TWILIO_ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Kolkata"));

    private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> serverErrors = new CopyOnWriteArrayList<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger cutOff = new AtomicInteger();

    @Test
    void twoNodesShareTheWorkAndWhenOneDiesTheOtherCarriesOnWithNothingLostOrDoneTwice() throws Exception {
        WireMockServer twilio = new WireMockServer(options().dynamicPort());
        twilio.start();
        twilio.stubFor(post(urlPathMatching("/2010-04-01/Accounts/.*/Messages.json")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\":\"SM{{randomValue length=32 type='HEXADECIMAL'}}\",\"status\":\"queued\"}")
                .withTransformers("response-template")));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100").start();
                ChildApp a = node("a", postgres, twilio);
                ChildApp b = node("b", postgres, twilio)) {
            a.start().awaitUp(START);
            b.start().awaitUp(START);
            StaffClient ownerA = new StaffClient(a.baseUrl(), "owner");
            assertTrue(Till.stockUp(ownerA, "TWO-NODES", 100_000).is2xx());

            // both nodes, alternately: bookings for later, and orders placed on one, packed on the other, billed on the first
            List<String> bookings = run(BOOKINGS, i -> book(i % 2 == 0 ? a : b, "Tn1b" + i, 5));
            run(40, i -> placePackBill(i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, "Tn1o" + i));
            long dueAt = makeDue(postgres, bookings);
            awaitReminders(postgres, bookings, Duration.ofMinutes(3));
            Map<String, Long> firedBy = firedByNode(postgres, dueAt);
            System.out.printf("two nodes: %d day-before timers fell due at once; node a fired %d, node b %d%n",
                    BOOKINGS, firedBy.getOrDefault("node-a", 0L), firedBy.getOrDefault("node-b", 0L));

            // node b dies with timers due and tills working on both nodes
            List<String> lateBookings = run(BOOKINGS_AT_THE_KILL, i -> book(i % 2 == 0 ? a : b, "Tn2b" + i, 6));
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> tills = new ArrayList<>();
            for (int t = 0; t < TILLS; t++) {
                int till = t;
                Thread thread = new Thread(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        ChildApp here = till % 2 == 0 ? a : b;
                        ChildApp there = till % 2 == 0 ? b : a;
                        placePackBill(here.isAlive() ? here : a, there.isAlive() ? there : a, "Tn2t" + till + "n" + n);
                    }
                });
                tills.add(thread);
                thread.start();
            }
            Thread.sleep(3000);
            makeDue(postgres, lateBookings);
            Thread.sleep(1500);
            b.crash();
            Thread.sleep(5000);
            stop.set(true);
            for (Thread thread : tills) {
                thread.join(Duration.ofMinutes(2).toMillis());
            }
            assertTrue(a.isAlive(), "node a carries on:\n" + a.logTail());
            awaitReminders(postgres, lateBookings, Duration.ofMinutes(3));
            awaitOutboxSent(postgres, Duration.ofMinutes(2));

            List<String> allBookings = new ArrayList<>(bookings);
            allBookings.addAll(lateBookings);
            verify(postgres, twilio, ownerA, allBookings);
        } finally {
            twilio.stop();
        }
    }

    private ChildApp node(String name, EmbeddedPostgres postgres, WireMockServer twilio) {
        return ChildApp.inNewFolder("two-nodes-" + name, "--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--camunda.bpm.generic-properties.properties.hostname=node-" + name,
                // a dead node's jobs are taken over once their locks run out: short for the test
                "--camunda.bpm.job-execution.lock-time-in-millis=10000",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--orderflow.notifications.sender.interval=PT1S", "--orderflow.notifications.sender.initial-delay=PT2S",
                "--orderflow.notifications.sender.claim-for=PT10S",
                "--orderflow.notifications.twilio.account-sid=" + TWILIO_ACCOUNT,
                "--orderflow.notifications.twilio.auth-token=fake-token",
                "--orderflow.notifications.twilio.sms-from=+15005550006",
                "--orderflow.notifications.twilio.whatsapp-from=+14155238886",
                "--orderflow.notifications.twilio.base-url=" + twilio.baseUrl());
    }

    private String book(ChildApp node, String customer, int daysAhead) {
        Answer created = answered(() -> Till.place(new StaffClient(node.baseUrl(), "biller"), customer,
                TODAY.plusDays(daysAhead), true));
        if (created == null || created.status() != 201) {
            return null;
        }
        String number = created.body().get("number").asText();
        acknowledged.put(number, customer);
        return number;
    }

    /** Placed on one node, packed on the other, billed on the first: null if the node died meanwhile. */
    private String placePackBill(ChildApp first, ChildApp second, String customer) {
        Answer created = answered(() -> Till.place(new StaffClient(first.baseUrl(), "biller"), customer, null, true));
        if (created == null || created.status() != 201) {
            return null;
        }
        String number = created.body().get("number").asText();
        acknowledged.put(number, customer);
        answered(() -> Till.pack(new StaffClient(second.baseUrl(), "packer"), number));
        answered(() -> Till.bill(new StaffClient(first.baseUrl(), "biller"), number));
        return number;
    }

    /** Records 5xx and 409 answers; a node that died under the request is no answer at all. */
    private Answer answered(Supplier<Answer> request) {
        try {
            Answer answer = request.get();
            if (answer != null && answer.status() >= 500) {
                serverErrors.add(answer.status() + " " + answer.text());
            } else if (answer != null && answer.status() == 409) {
                conflicts.incrementAndGet();
            }
            return answer;
        } catch (UncheckedIOException nodeGone) {
            cutOff.incrementAndGet();
            return null;
        }
    }

    private interface Work {
        String run(int i);
    }

    private static List<String> run(int count, Work work) throws InterruptedException {
        List<String> done = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(TILLS);
        for (int i = 0; i < count; i++) {
            int n = i;
            pool.submit(() -> {
                String number = work.run(n);
                if (number != null) {
                    done.add(number);
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
        return done;
    }

    /** The day-before timers of these bookings fall due now, all at once (as if the clock had reached them). */
    private static long makeDue(EmbeddedPostgres postgres, List<String> bookings) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            long now = System.currentTimeMillis();
            var update = db.prepareStatement("UPDATE act_ru_job j SET duedate_ = now() FROM act_ru_jobdef d, act_ru_execution e"
                    + " WHERE j.job_def_id_ = d.id_ AND d.act_id_ = ? AND e.id_ = j.process_instance_id_"
                    + " AND e.business_key_ = ANY (?)");
            update.setString(1, OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH);
            update.setArray(2, db.createArrayOf("varchar", bookings.toArray()));
            int due = update.executeUpdate();
            if (due != bookings.size()) {
                var jobs = db.prepareStatement("SELECT j.type_, j.handler_type_, j.handler_cfg_, j.duedate_, e.business_key_"
                        + " FROM act_ru_job j JOIN act_ru_execution e ON e.id_ = j.process_instance_id_ WHERE e.business_key_ = ?");
                jobs.setString(1, bookings.get(0));
                StringBuilder found = new StringBuilder();
                try (ResultSet rows = jobs.executeQuery()) {
                    while (rows.next()) {
                        found.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ')
                                .append(rows.getString(3)).append(' ').append(rows.getString(4)).append("; ");
                    }
                }
                throw new AssertionError(due + " of " + bookings.size() + " timers made due; jobs of " + bookings.get(0)
                        + ": " + found);
            }
            return now;
        }
    }

    private static void awaitReminders(EmbeddedPostgres postgres, List<String> bookings, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long reminded = 0;
        while (System.nanoTime() < deadline) {
            reminded = count(postgres, "SELECT COUNT(DISTINCT order_number) FROM notification WHERE event_type = 'DAY_BEFORE_DISPATCH'"
                    + " AND order_number = ANY (?)", bookings);
            if (reminded == bookings.size()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(reminded + " of " + bookings.size() + " bookings reminded within " + timeout);
    }

    private static void awaitOutboxSent(EmbeddedPostgres postgres, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long waiting = -1;
        while (System.nanoTime() < deadline) {
            waiting = count(postgres, "SELECT COUNT(*) FROM notification WHERE status NOT IN ('SENT', 'DELIVERED', 'FAILED')"
                    + " AND order_number <> ALL (?)", List.of());
            if (waiting == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(waiting + " messages still unsent after " + timeout);
    }

    private static Map<String, Long> firedByNode(EmbeddedPostgres postgres, long since) throws SQLException {
        Map<String, Long> byNode = new HashMap<>();
        try (Connection db = postgres.getPostgresDatabase().getConnection();
                ResultSet rows = db.createStatement().executeQuery("SELECT hostname_, COUNT(*) FROM act_hi_job_log"
                        + " WHERE act_id_ = '" + OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH + "'"
                        + " AND job_state_ = 2 GROUP BY hostname_")) {
            while (rows.next()) {
                byNode.put(rows.getString(1), rows.getLong(2));
            }
        }
        return byNode;
    }

    private void verify(EmbeddedPostgres postgres, WireMockServer twilio, StaffClient owner, List<String> bookings)
            throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            Map<String, String> orders = new HashMap<>();
            try (ResultSet rows = db.createStatement().executeQuery("SELECT order_number, customer_name FROM customer_order")) {
                while (rows.next()) {
                    if (orders.put(rows.getString(1), rows.getString(2)) != null) {
                        problems.add("order number " + rows.getString(1) + " given twice");
                    }
                }
            }
            acknowledged.forEach((number, customer) -> {
                if (!customer.equals(orders.get(number))) {
                    problems.add("acknowledged order " + number + " of " + customer + " is " + orders.get(number));
                }
            });
            try (ResultSet rows = db.createStatement().executeQuery("SELECT e.business_key_, COUNT(*) FROM act_hi_actinst a"
                    + " JOIN act_hi_procinst e ON e.id_ = a.proc_inst_id_ WHERE a.act_id_ = '"
                    + OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH + "' AND a.end_time_ IS NOT NULL"
                    + " GROUP BY e.business_key_ HAVING COUNT(*) <> 1")) {
                while (rows.next()) {
                    problems.add(rows.getString(1) + ": its day-before timer fired " + rows.getLong(2) + " times");
                }
            }
            long timersFired = count(postgres, "SELECT COUNT(*) FROM act_hi_actinst a JOIN act_hi_procinst p"
                    + " ON p.id_ = a.proc_inst_id_ WHERE a.act_id_ = '" + OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH
                    + "' AND a.end_time_ IS NOT NULL AND p.business_key_ = ANY (?)", bookings);
            long reminders = count(postgres, "SELECT COUNT(*) FROM notification WHERE event_type = 'DAY_BEFORE_DISPATCH'"
                    + " AND order_number = ANY (?)", bookings);
            try (ResultSet rows = db.createStatement().executeQuery("SELECT prefix, fy_start, last_value,"
                    + " (SELECT COUNT(*) FROM bill WHERE bill_number ~ ('^' || s.prefix || '-[0-9]+-[0-9]+$'))" // the series' own
                    + " FROM bill_number_series s WHERE last_value > 0")) { // (demo history's bills are numbered -H…, apart)
                while (rows.next()) {
                    if (rows.getLong(3) != rows.getLong(4)) {
                        problems.add("bill series " + rows.getString(1) + " " + rows.getInt(2) + ": last number " + rows.getLong(3)
                                + " but " + rows.getLong(4) + " bills");
                    }
                }
            }
            Map<String, Integer> sends = new HashMap<>();
            for (ServeEvent event : twilio.getAllServeEvents()) {
                if (event.getResponse().getStatus() == 201) {
                    sends.merge(field(event.getRequest().getBodyAsString(), "Body"), 1, Integer::sum);
                }
            }
            int twice = 0;
            try (ResultSet rows = db.createStatement().executeQuery("SELECT id, body, status, order_number FROM notification")) {
                while (rows.next()) {
                    if (!acknowledged.containsKey(rows.getString(4))) {
                        continue; // the demo data's orders (WhatsApp without templates: not sent, by design)
                    }
                    int sent = sends.getOrDefault(rows.getString(2), 0);
                    if (sent == 0) {
                        problems.add("notification " + rows.getLong(1) + " (" + rows.getString(3) + ") never reached Twilio");
                    } else if (sent > 1) {
                        twice++;
                    }
                }
            }
            if (twice > 1) {
                problems.add(twice + " messages went out twice; at most the one the dead node was sending may");
            }
            System.out.printf("two nodes, one killed: %d orders acknowledged, %d timers fired once each (%d reminders), "
                    + "%d messages sent (%d twice), %d answers 409, %d requests cut off by the kill%n",
                    acknowledged.size(), timersFired, reminders, sends.values().stream().mapToInt(Integer::intValue).sum(),
                    twice, conflicts.get(), cutOff.get());
            assertEquals(bookings.size(), timersFired, "every booking's timer fired once");
            assertEquals(bookings.size(), reminders, "every booking's customer reminded once");
        }
        assertEquals(List.of(), serverErrors, "no request answered 5xx");
        assertEquals(List.of(), problems);
        assertTrue(owner.get("/actuator/health").is2xx());
    }

    private static long count(EmbeddedPostgres postgres, String sql, List<String> keys) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            var statement = db.prepareStatement(sql);
            statement.setArray(1, db.createArrayOf("varchar", keys.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String field(String form, String name) {
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            }
        }
        return "";
    }
}
