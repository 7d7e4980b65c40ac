package com.orderflow.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.ChildApp;
import com.orderflow.support.S3MockServer;
import com.orderflow.support.StaffClient;
import com.orderflow.support.StaffClient.Answer;
import com.orderflow.support.TestImages;
import com.orderflow.support.Till;

/**
 * The restore drill (issue 17) on the laptop default, as a shop would live it: a day of orders
 * (packed with slips printed, billed, one out for delivery, advance bookings waiting for their
 * reminder, one cancelled, a counter sale), Back up now, more work, then the restore: refused while
 * the app runs and for a truncated archive, then done with the app stopped. Afterwards orders,
 * timeline, bills, stock, the files, process instances, tasks and timers are exactly those of the
 * backup's moment, the consistency check after the restore is clean, and the app carries every
 * restored order on to Delivered.
 */
class RestoreDrillTest {
    private static final Duration START = Duration.ofMinutes(3);
    private static final Pattern BACKUP_LOG = Pattern.compile("Backup \\S+ made: (\\d+) bytes .* in (\\d+) ms");
    /** The operations processes run around a backup and a restore by design; everything else must be as it was. */
    private static final String NOT_OPERATIONS = "NOT LIKE 'nightly-backup:%%' AND %s NOT LIKE 'consistency-check:%%'";
    private static final Map<String, String> SNAPSHOT = new java.util.LinkedHashMap<>();

    static {
        SNAPSHOT.put("orders", "SELECT order_number, status, customer_name, total, delivery_boy, version FROM customer_order ORDER BY id");
        SNAPSHOT.put("lines", "SELECT order_id, line_no, sku, quantity, line_total FROM order_line ORDER BY id");
        SNAPSHOT.put("timeline", "SELECT order_id, from_status, to_status, actor, changed_at FROM order_status_change ORDER BY id");
        SNAPSHOT.put("bills", "SELECT bill_number, order_number, status, grand_total FROM bill ORDER BY id");
        SNAPSHOT.put("payments", "SELECT order_number, bill_number, mode, amount, status FROM payment ORDER BY id");
        SNAPSHOT.put("stock", "SELECT product_id, batch_id, pool, quantity FROM stock_balance ORDER BY id");
        SNAPSHOT.put("ledger", "SELECT product_id, batch_id, pool, quantity, reason, reference, at FROM stock_ledger ORDER BY id");
        SNAPSHOT.put("counter sales", "SELECT id, sold_by, total FROM counter_sale ORDER BY id");
        SNAPSHOT.put("runs", "SELECT id, state, delivery_boy FROM delivery_run ORDER BY id");
        SNAPSHOT.put("stops", "SELECT run_id, order_number, outcome FROM delivery_stop ORDER BY id");
        SNAPSHOT.put("slips", "SELECT * FROM packing_slip ORDER BY id");
        SNAPSHOT.put("processes", "SELECT id_, proc_inst_id_, business_key_, act_id_, is_active_ FROM act_ru_execution"
                + " WHERE proc_def_id_ " + String.format(NOT_OPERATIONS, "proc_def_id_") + " ORDER BY id_");
        SNAPSHOT.put("tasks", "SELECT id_, name_, task_def_key_, assignee_, proc_inst_id_ FROM act_ru_task"
                + " WHERE proc_def_id_ " + String.format(NOT_OPERATIONS, "proc_def_id_") + " ORDER BY id_");
        SNAPSHOT.put("timers and jobs", "SELECT id_, type_, duedate_, handler_type_, handler_cfg_, process_instance_id_ FROM act_ru_job"
                + " WHERE process_def_key_ IS NULL OR process_def_key_ NOT IN ('nightly-backup', 'consistency-check') ORDER BY id_");
        SNAPSHOT.put("variables", "SELECT v.id_, v.name_, v.text_, v.long_ FROM act_ru_variable v JOIN act_ru_execution e"
                + " ON e.id_ = v.proc_inst_id_ WHERE e.proc_def_id_ " + String.format(NOT_OPERATIONS, "e.proc_def_id_") + " ORDER BY v.id_");
    }

    @Test
    void aRestoredShopIsExactlyItsBackupsMomentAndCarriesOnToDelivered() throws Exception {
        int databasePort = S3MockServer.freePort();
        try (ChildApp app = ChildApp.inNewFolder("restore-drill", "--spring.profiles.active=demo",
                "--orderflow.database.embedded.port=" + databasePort,
                // the outbox stays as it was written: the drill compares it before and after
                "--orderflow.notifications.sender.enabled=false")) {
            app.start().awaitUp(START);
            StaffClient owner = new StaffClient(app.baseUrl(), "owner");
            StaffClient biller = new StaffClient(app.baseUrl(), "biller");
            StaffClient packer = new StaffClient(app.baseUrl(), "packer");
            Day day = new Day(owner, biller, packer);
            day.work();
            awaitQuiet(databasePort);

            Map<String, List<String>> atBackup = snapshot(databasePort);
            Map<String, String> filesAtBackup = files(app.folder());
            assertTrue(filesAtBackup.keySet().stream().anyMatch(f -> f.startsWith("print-queue/")), "slips were printed");

            assertEquals(202, owner.post("/api/operations/backups", Map.of()).status());
            JsonNode archive = awaitArchive(owner);
            Matcher made = awaitLogged(app, BACKUP_LOG);
            Path archivePath = Path.of(owner.get("/api/operations/backups").body().get("folder").asText())
                    .resolve(archive.get("name").asText());
            assertEquals(atBackup, snapshot(databasePort), "making the backup changed nothing of the shop's data");

            day.moreWork();
            awaitQuiet(databasePort);
            assertNotEquals(atBackup.get("orders"), snapshot(databasePort).get("orders"), "the shop went on working");

            ChildApp.CommandRun whileRunning = app.runCommand("--restore=" + archivePath);
            assertEquals(2, whileRunning.exitCode(), whileRunning.output());
            assertTrue(whileRunning.output().contains("orderflow is running on the database folder"), whileRunning.output());
            app.close();

            Path truncated = app.folder().resolve("truncated.zip");
            byte[] whole = Files.readAllBytes(archivePath);
            Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
            ChildApp.CommandRun broken = app.runCommand("--restore=" + truncated);
            assertEquals(2, broken.exitCode(), broken.output());
            assertTrue(broken.output().contains("truncated or damaged") && broken.output().contains("Nothing was changed"),
                    broken.output());
            try (Stream<Path> data = Files.list(app.folder().resolve("data"))) {
                assertTrue(data.noneMatch(p -> p.getFileName().toString().startsWith(Restore.SET_ASIDE_PREFIX)));
            }

            long began = System.nanoTime();
            ChildApp.CommandRun restored = app.runCommand("--restore=" + archivePath);
            long restoreMillis = (System.nanoTime() - began) / 1_000_000;
            assertEquals(0, restored.exitCode(), restored.output());

            app.start().awaitUp(START);
            JsonNode report = awaitReport(owner, ConsistencyCheck.RESTORE);
            assertEquals(0, report.get("findings").size(), "the check after the restore is clean: " + report);
            assertEquals(atBackup, snapshot(databasePort), "orders, timeline, bills, stock, processes, tasks and timers");
            assertEquals(filesAtBackup, files(app.folder()), "slips, proofs and photos");
            System.out.printf("restore drill: archive %s of %d bytes made in %s ms; restore (command, JVM start included) %d ms%n",
                    archive.get("name").asText(), Long.parseLong(made.group(1)), made.group(2), restoreMillis);

            day.carryOnToDelivered(databasePort);
        }
    }

    /** A shop's day through the API, as tills and phones do it. */
    private static final class Day {
        final StaffClient owner;
        final StaffClient biller;
        final StaffClient packer;
        final List<String> orders = new ArrayList<>();

        Day(StaffClient owner, StaffClient biller, StaffClient packer) {
            this.owner = owner;
            this.biller = biller;
            this.packer = packer;
        }

        void work() {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
            ok(Till.stockUp(owner, "DRILL-1", 500));
            for (int i = 0; i < 8; i++) {
                orders.add(place(null));
            }
            orders.add(place(today.plusDays(3)));
            orders.add(place(today.plusDays(4)));
            for (int i = 0; i < 6; i++) {
                pack(orders.get(i));
            }
            for (int i = 0; i < 4; i++) {
                bill(orders.get(i));
            }
            ok(new StaffClient(owner.baseUrl(), "ravi").post("/api/delivery/take-out",
                    Map.of("orderNumber", orders.get(0), "deliveryBoy", "ravi")));
            ok(owner.post("/api/orders/" + orders.get(7) + "/cancel", Map.of("reason", "customer changed plans")));
            ok(Till.sellAtCounter(biller, 2));
        }

        void moreWork() {
            String late = place(null);
            pack(late);
            pack(orders.get(6));
            bill(orders.get(4));
            ok(Till.sellAtCounter(biller, 1));
        }

        /** Every restored order that is still open goes on to Delivered, each on a run of one. */
        void carryOnToDelivered(int databasePort) throws Exception {
            StaffClient ravi = new StaffClient(owner.baseUrl(), "ravi");
            for (String number : orders) {
                String status = owner.get("/api/orders/" + number).body().get("status").asText();
                if (status.equals("CANCELLED")) {
                    continue;
                }
                if (status.equals("RECEIVED")) {
                    fireReminderIfWaiting(number);
                    pack(number);
                    status = "PACKED";
                }
                if (status.equals("PACKED")) {
                    bill(number);
                    status = "READY_FOR_DISPATCH";
                }
                if (status.equals("READY_FOR_DISPATCH")) {
                    ok(ravi.post("/api/delivery/take-out", Map.of("orderNumber", number, "deliveryBoy", "ravi")));
                }
                long run = runOf(ravi, number);
                ok(ravi.postBytes("/api/delivery/runs/" + run + "/stops/" + number + "/proofs?kind=PHOTO", "image/jpeg",
                        TestImages.jpeg(64, 48)));
                ok(ravi.post("/api/delivery/runs/" + run + "/stops/" + number + "/complete",
                        Map.of("outcome", "DELIVERED", "collectedMode", "NONE")));
                assertEquals("DELIVERED", owner.get("/api/orders/" + number).body().get("status").asText(), number);
            }
        }

        private long runOf(StaffClient ravi, String number) {
            for (JsonNode run : ravi.get("/api/delivery/my-runs").body()) {
                for (JsonNode stop : run.get("stops")) {
                    if (stop.get("orderNumber").asText().equals(number) && stop.get("outcome").isNull()) {
                        return run.get("number").asLong();
                    }
                }
            }
            throw new AssertionError(number + " is on no run on the road");
        }

        /** An advance booking waits for the day before its delivery; the drill does not wait for the calendar. */
        private void fireReminderIfWaiting(String number) {
            List<JsonNode> instances = StaffClient.list(owner.get("/engine-rest/process-instance?businessKey=" + number).body());
            for (JsonNode job : owner.get("/engine-rest/job?processInstanceId=" + instances.get(0).get("id").asText()
                    + "&activityId=" + OrderFulfilmentProcess.TIMER_DAY_BEFORE_DISPATCH).body()) {
                ok(owner.post("/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of()));
            }
        }

        private String place(LocalDate deliveryDate) {
            Answer created = Till.place(biller, "Drill Customer " + (orders.size() + 1), deliveryDate, false);
            assertEquals(201, created.status(), created.text());
            return created.body().get("number").asText();
        }

        private void pack(String number) {
            ok(Till.pack(packer, number));
        }

        private void bill(String number) {
            ok(Till.bill(biller, number));
        }
    }

    private static Answer ok(Answer answer) {
        assertTrue(answer.is2xx(), answer.status() + " " + answer.text());
        return answer;
    }

    /** The archive is in place a moment before the backup logs it (the retention runs in between). */
    private static Matcher awaitLogged(ChildApp app, Pattern line) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher found = line.matcher(app.logText());
            if (found.find()) {
                return found;
            }
            sleep(200);
        }
        throw new AssertionError("the backup did not log its size and time: " + line);
    }

    private static JsonNode awaitArchive(StaffClient owner) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode archives = owner.get("/api/operations/backups").body().get("archives");
            if (archives.size() > 0) {
                return archives.get(0);
            }
            sleep(500);
        }
        throw new AssertionError("no archive appeared within 2 minutes");
    }

    private static JsonNode awaitReport(StaffClient owner, String reason) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Answer report = owner.get("/api/operations/consistency");
            if (report.status() == 200 && reason.equals(report.body().get("reason").asText())) {
                return report.body();
            }
            sleep(500);
        }
        throw new AssertionError("no consistency report (" + reason + ") within 2 minutes");
    }

    /** No job due: what the job executor had to do (timers due, asynchronous steps) is done. */
    private static void awaitQuiet(int port) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        try (Connection db = connect(port)) {
            while (System.nanoTime() < deadline) {
                try (ResultSet due = db.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM act_ru_job WHERE (duedate_ IS NULL OR duedate_ <= now()) AND retries_ > 0")) {
                    due.next();
                    if (due.getLong(1) == 0) {
                        return;
                    }
                }
                sleep(250);
            }
        }
        throw new AssertionError("the job executor did not catch up within a minute");
    }

    private static Map<String, List<String>> snapshot(int port) throws SQLException {
        Map<String, List<String>> snapshot = new TreeMap<>();
        try (Connection db = connect(port)) {
            for (Map.Entry<String, String> query : SNAPSHOT.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = db.createStatement().executeQuery(query.getValue())) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(result.getString(c)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                snapshot.put(query.getKey(), rows);
            }
        }
        return snapshot;
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/orderflow", "postgres", "");
    }

    /** Every file of the data folder but the database, the backups and what a restore set aside, with its SHA-256. */
    private static Map<String, String> files(Path folder) throws IOException {
        Path data = folder.resolve("data");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = data.relativize(file).toString();
                if (relative.startsWith("postgres") || relative.startsWith("backups") || relative.startsWith(Restore.SET_ASIDE_PREFIX)) {
                    continue;
                }
                try {
                    files.put(relative, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return files;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
