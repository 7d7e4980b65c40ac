package com.orderflow.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.support.ChildApp;
import com.orderflow.support.StaffClient;
import com.orderflow.support.StaffClient.Answer;

/**
 * A crashed app and a shop PC's power cut on the default database (issue 13.1): eight tills and
 * phones place orders and work them (the packer claims and completes Pack order, the biller
 * completes Bill order) through the app's API and the engine's REST API, while first the app's JVM
 * alone (its database server goes on running) and then the JVM and its database server together are
 * killed with SIGKILL. After each restart on the same folder every order answered 201 is there with
 * its own customer, every task completion answered 204 has happened, no order is torn (status,
 * timeline, bill and process agree) and no acknowledged number is handed out again.
 */
class PowerCutTest {
    private static final int CLIENTS = 8;
    // how much acknowledged work each cycle waits for before the power goes
    private static final int ORDERS_PER_CYCLE = 30;
    private static final int BILLS_PER_CYCLE = 6;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final String SKU = "KK-500";
    private static final int SKU_GRAMS = 500;
    private static final Set<String> WAITING_FOR_DISPATCH = Set.of("BILLED", "READY_FOR_DISPATCH");

    /** What the app acknowledged, by order number. */
    private final Map<String, String> acknowledgedOrders = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedPacks = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedBills = ConcurrentHashMap.newKeySet();

    @Test
    void everyAcknowledgedOrderAndTaskCompletionSurvivesACrashAndAPowerCut() throws Exception {
        try (ChildApp app = ChildApp.inNewFolder("power-cut", "--spring.profiles.active=demo")) {
            app.start().awaitUp(START_TIMEOUT);
            stockUp(app);
            for (int cycle = 1; cycle <= 2; cycle++) {
                boolean powerCut = cycle == 2;
                int ordersBefore = acknowledgedOrders.size();
                int packsBefore = acknowledgedPacks.size();
                int billsBefore = acknowledgedBills.size();
                Tills tills = new Tills(app, cycle);
                tills.runUntil(() -> acknowledgedOrders.size() - ordersBefore >= ORDERS_PER_CYCLE
                        && acknowledgedBills.size() - billsBefore >= BILLS_PER_CYCLE, Duration.ofMinutes(3));
                assertTrue(app.postmaster().isPresent(), "the app runs its own database server in its folder");
                if (powerCut) {
                    app.powerCut();
                } else {
                    app.crash();
                }
                tills.awaitStopped();
                assertEquals(!powerCut, app.postmaster().isPresent(), "the database server outlives only a crash");

                app.start().awaitUp(START_TIMEOUT);
                int verified = verify(app);
                System.out.printf("%s: %d orders, %d pack and %d bill completions acknowledged in the cycle "
                        + "(%d refused, %d cut off); %d orders of ours verified after the restart%n",
                        powerCut ? "power cut" : "app crash",
                        acknowledgedOrders.size() - ordersBefore, acknowledgedPacks.size() - packsBefore,
                        acknowledgedBills.size() - billsBefore, tills.refused.get(), tills.cutOff.get(), verified);
            }
            String fresh = placeOrder(new StaffClient(app.baseUrl(), "biller"), "Pcfresh Customer").body()
                    .get("number").asText();
            assertFalse(acknowledgedOrders.containsKey(fresh), "the number " + fresh + " was handed out before");
        }
    }

    /** Enough stock that packing never runs short, whatever the demo data holds. */
    private void stockUp(ChildApp app) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kolkata"));
        Answer receipt = new StaffClient(app.baseUrl(), "owner").post("/api/stock/receipts", Map.of("code", SKU,
                "batchNumber", "POWERCUT-1", "productionDate", today.minusDays(1).toString(), "expiryDate",
                today.plusDays(60).toString(), "quantity", 100_000, "pool", "COUNTER"));
        assertTrue(receipt.is2xx(), receipt.text());
    }

    private static Answer placeOrder(StaffClient biller, String customerName) {
        return biller.post("/api/orders", Map.of("channel", "PHONE",
                "customer", Map.of("name", customerName, "phone", "98200 55555", "address", "1 Test Lane",
                        "locality", "Dahisar East", "pincode", "400068"),
                "lines", List.of(Map.of("sku", SKU, "product", "Kaju Katli", "size", "500 g", "quantity", 1,
                        "unitPrice", "620"))));
    }

    /** Eight clients, each placing orders and working every second and third one as packer and biller. */
    private final class Tills {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger cutOff = new AtomicInteger();
        final List<Thread> threads = new ArrayList<>();
        final ChildApp app;
        final int cycle;

        Tills(ChildApp app, int cycle) {
            this.app = app;
            this.cycle = cycle;
        }

        void runUntil(java.util.function.BooleanSupplier enough, Duration timeout) {
            for (int i = 0; i < CLIENTS; i++) {
                int till = i;
                Thread thread = new Thread(() -> work(till), "till-" + till);
                threads.add(thread);
                thread.start();
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!enough.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    stop.set(true);
                    throw new AssertionError("too little work was acknowledged in " + timeout + ": "
                            + acknowledgedOrders.size() + " orders, " + acknowledgedBills.size() + " bills, "
                            + refused.get() + " refused\n" + app.logTail());
                }
                sleep(100);
            }
        }

        void awaitStopped() throws InterruptedException {
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(2).toMillis());
            }
        }

        private void work(int till) {
            StaffClient biller = new StaffClient(app.baseUrl(), "biller");
            StaffClient packer = new StaffClient(app.baseUrl(), "packer");
            for (int n = 0; !stop.get(); n++) {
                try {
                    String customer = "Pc" + cycle + "t" + till + "n" + n + " Customer";
                    Answer created = placeOrder(biller, customer);
                    if (created.status() != 201) {
                        refused.incrementAndGet();
                        continue;
                    }
                    String number = created.body().get("number").asText();
                    acknowledgedOrders.put(number, customer);
                    if (n % 3 == 0 || !pack(packer, number)) {
                        continue;
                    }
                    if (n % 3 == 2) {
                        bill(biller, number);
                    }
                } catch (UncheckedIOException appGone) {
                    cutOff.incrementAndGet();
                    return;
                }
            }
        }

        private boolean pack(StaffClient packer, String number) {
            String task = packer.taskOf(number, OrderFulfilmentProcess.TASK_PACK);
            if (task == null || !packer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "packer"))
                    .is2xx()) {
                refused.incrementAndGet();
                return false;
            }
            Answer done = packer.post("/engine-rest/task/" + task + "/complete", StaffClient.variables(Map.of(
                    "allItemsPacked", true, OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS, SKU_GRAMS)));
            if (done.status() != 204) {
                refused.incrementAndGet();
                return false;
            }
            acknowledgedPacks.add(number);
            return true;
        }

        private void bill(StaffClient biller, String number) {
            String task = biller.taskOf(number, OrderFulfilmentProcess.TASK_BILL);
            Answer done = task == null ? null : biller.post("/engine-rest/task/" + task + "/complete",
                    StaffClient.variables(Map.of("paymentMode", "cash")));
            if (done == null || done.status() != 204) {
                refused.incrementAndGet();
                return;
            }
            acknowledgedBills.add(number);
        }
    }

    /**
     * Checks every order of ours the app has (acknowledged or not) and that no acknowledged one is
     * missing; fails listing every problem found. Returns how many orders were checked.
     */
    private int verify(ChildApp app) {
        StaffClient owner = new StaffClient(app.baseUrl(), "owner");
        Set<String> ours = new java.util.TreeSet<>();
        for (int page = 0; ; page++) {
            Answer list = owner.get("/api/orders?size=200&page=" + page);
            assertEquals(200, list.status(), list.text());
            for (JsonNode order : list.body().get("content")) {
                if (order.get("customerFirstName").asText().startsWith("Pc")) {
                    ours.add(order.get("number").asText());
                }
            }
            // a Page is serialised either whole ("last") or as content + page metadata ("page")
            JsonNode last = list.body().get("last");
            JsonNode pages = list.body().path("page").path("totalPages");
            if (last != null ? last.asBoolean() : page + 1 >= pages.asInt()) {
                break;
            }
        }
        List<String> problems = new ArrayList<>();
        new java.util.TreeMap<>(acknowledgedOrders).forEach((number, customer) -> {
            Answer order = owner.get("/api/orders/" + number);
            if (order.status() != 200) {
                problems.add("acknowledged order " + number + " is gone (" + order.status() + ")");
            } else if (!customer.equals(order.body().get("customer").get("name").asText())) {
                problems.add("acknowledged order " + number + " of " + customer + " now belongs to "
                        + order.body().get("customer").get("name").asText());
            }
        });
        for (String number : ours) {
            String status = checkNotTorn(owner, number, problems);
            if (acknowledgedPacks.contains(number) && !Set.of("PACKED", "BILLED", "READY_FOR_DISPATCH").contains(status)) {
                problems.add("acknowledged packing of " + number + " was undone: " + status);
            }
            if (acknowledgedBills.contains(number) && !WAITING_FOR_DISPATCH.contains(status)) {
                problems.add("acknowledged billing of " + number + " was undone: " + status);
            }
        }
        assertEquals(List.of(), problems, problems.size() + " problem(s) after the restart");
        return ours.size();
    }

    /** Status, timeline, bills, open tasks and the process's tokens tell one story; returns the status. */
    private static String checkNotTorn(StaffClient owner, String number, List<String> problems) {
        String status = owner.get("/api/orders/" + number).body().get("status").asText();
        List<JsonNode> timeline = StaffClient.list(owner.get("/api/orders/" + number + "/timeline").body());
        String lastChange = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).get("to").asText();
        if (!status.equals(lastChange)) {
            problems.add(number + ": status " + status + " but the timeline ends at " + lastChange);
        }
        long issuedBills = StaffClient.list(owner.get("/api/bills?q=" + number).body()).stream()
                .filter(bill -> "ISSUED".equals(bill.get("status").asText())).count();
        if (issuedBills != (WAITING_FOR_DISPATCH.contains(status) ? 1 : 0)) {
            problems.add(number + ": status " + status + " with " + issuedBills + " issued bill(s)");
        }
        List<JsonNode> instances = StaffClient.list(owner.get("/engine-rest/process-instance?businessKey="
                + StaffClient.encode(number)).body());
        if (instances.size() != 1) {
            problems.add(number + ": status " + status + " with " + instances.size() + " running processes");
            return status;
        }
        JsonNode tree = owner.get("/engine-rest/process-instance/" + instances.get(0).get("id").asText()
                + "/activity-instances").body();
        List<String> tokens = new ArrayList<>();
        collectLeaves(tree, tokens);
        String expected = switch (status) {
            case "RECEIVED" -> OrderFulfilmentProcess.TASK_PACK;
            case "PACKED" -> OrderFulfilmentProcess.TASK_BILL;
            default -> "MessageEvent_OutForDelivery";
        };
        if (!tokens.equals(List.of(expected))) {
            problems.add(number + ": status " + status + " but the process waits at " + tokens);
        }
        List<String> tasks = StaffClient.list(owner.get("/engine-rest/task?processInstanceBusinessKey="
                + StaffClient.encode(number)).body()).stream().map(t -> t.get("taskDefinitionKey").asText()).toList();
        if (!tasks.equals(expected.startsWith("UserTask") ? List.of(expected) : List.of())) {
            problems.add(number + ": status " + status + " with open tasks " + tasks);
        }
        return status;
    }

    private static void collectLeaves(JsonNode activityInstance, List<String> leaves) {
        JsonNode children = activityInstance.get("childActivityInstances");
        JsonNode transitions = activityInstance.get("childTransitionInstances");
        if (children.isEmpty() && transitions.isEmpty()) {
            leaves.add(activityInstance.get("activityId").asText());
        }
        children.forEach(child -> collectLeaves(child, leaves));
        transitions.forEach(transition -> leaves.add(transition.get("activityId").asText()));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
