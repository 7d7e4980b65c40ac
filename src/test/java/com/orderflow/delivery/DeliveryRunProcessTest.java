package com.orderflow.delivery;

import static com.orderflow.delivery.process.DeliveryRunProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.orders.OrderLifecycle;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.OrderStatus;
import com.orderflow.orders.TimelineEntry;
import com.orderflow.platform.web.ConflictException;
import com.orderflow.platform.web.InvalidInputException;
import com.orderflow.platform.web.NotFoundException;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.OrderflowSpringTest;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * Every path of delivery-run.bpmn, driven as the delivery boy's phone page does: a run taken out,
 * stops completed with proof as delivered or returned, the run completed; and the rules around it:
 * another boy's run is not found, proofs are images of a limited size, nothing half-stored.
 */
@OrderflowSpringTest
class DeliveryRunProcessTest {
    private static final com.orderflow.platform.security.CurrentUser RAVI = OrderDriver.boy("ravi");
    private static final com.orderflow.platform.security.CurrentUser IMRAN = OrderDriver.boy("imran");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    OrderService orderService;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    OrderDriver driver;
    @Autowired
    DeliveryService delivery;
    @Autowired
    RunDispatch dispatch;
    @Autowired
    ProofService proofs;
    @Autowired
    PositionService positions;
    @Autowired
    DeliveryProofs proofRows;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.boot.test.web.client.TestRestTemplate http;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    com.orderflow.platform.audit.AuditLog audit;
    @Value("${orderflow.delivery.proof-folder}")
    Path proofFolder;

    private ReadyOrders orders;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        orders = new ReadyOrders(orderService, driver);
    }

    /** A planned run of ravi's in Dahisar East with these ready orders on it. */
    private long plannedRun(String... numbers) {
        long run = delivery.planSingle(lifecycle.find(numbers[0]).orElseThrow(), "ravi", TestOrders.OWNER);
        for (int i = 1; i < numbers.length; i++) {
            long other = delivery.planSingle(lifecycle.find(numbers[i]).orElseThrow(), "ravi", TestOrders.OWNER);
            delivery.move(other, numbers[i], run, TestOrders.OWNER);
        }
        return run;
    }

    private ProcessInstance processOf(long run) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(businessKey(run)).singleResult();
    }

    private ProofView photo(long run, String order, com.orderflow.platform.security.CurrentUser user) {
        return proofs.upload(run, order, "PHOTO", new ByteArrayInputStream(TestImages.jpeg(640, 480)), user);
    }

    private OrderStatus statusOf(String number) {
        return orderService.get(number, TestOrders.OWNER).status();
    }

    @Test
    void aRunTakesEveryOrderOutAndEndsWhenEveryStopEndedDeliveredOrReturned() {
        String first = orders.ready("Rawalpada", "400068");
        String second = orders.ready("Kandarpada", "400068");
        long run = plannedRun(first, second);

        RunOnRoad taken = dispatch.start(run, RAVI);
        assertEquals(RunState.ACTIVE, taken.state());
        ProcessInstance instance = processOf(run);
        assertThat(instance).hasPassed(SERVICE_TAKE_ORDERS_OUT).isWaitingAt(TASK_DELIVER_STOP);
        assertEquals(2, tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee("ravi").count(),
                "one stop task per order, both ravi's");
        for (String number : List.of(first, second)) {
            assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(number));
            assertEquals("ravi", orderService.get(number, TestOrders.OWNER).deliveryBoy());
        }
        assertEquals(List.of(first, second).stream().sorted().toList(),
                taken.stops().stream().map(RunOnRoad.Stop::orderNumber).sorted().toList());

        // a delivery without proof is refused, and the stop stays open
        InvalidInputException noProof = assertThrows(InvalidInputException.class, () -> dispatch.completeStop(run,
                first, new RunDispatch.StopCompletion("DELIVERED", null), RAVI));
        assertEquals("proof", noProof.problems().get(0).field());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(first));

        ProofView proof = photo(run, first, RAVI);
        assertTrue(proof.thumbnailUrl() != null, "a JPEG gets a thumbnail");
        dispatch.completeStop(run, first, new RunDispatch.StopCompletion("DELIVERED", null), RAVI);
        assertEquals(OrderStatus.DELIVERED, statusOf(first));
        assertThat(instance).hasPassed(SEND_DELIVERED, "EndEvent_StopDelivered").isWaitingAt(TASK_DELIVER_STOP);

        // a return needs the reason and a photo
        InvalidInputException noReason = assertThrows(InvalidInputException.class, () -> dispatch.completeStop(run,
                second, new RunDispatch.StopCompletion("RETURNED", ""), RAVI));
        assertEquals(List.of("reason", "proof"), noReason.problems().stream().map(p -> p.field()).toList());
        photo(run, second, RAVI);
        RunOnRoad done = dispatch.completeStop(run, second,
                new RunDispatch.StopCompletion("RETURNED", "Nobody home, neighbour refused"), RAVI);
        assertEquals(OrderStatus.RETURNED, statusOf(second));
        assertThat(instance).hasPassed(SEND_RETURNED, "EndEvent_StopReturned", SERVICE_FINISH_RUN, END_RUN_COMPLETED)
                .isEnded();
        assertEquals(RunState.COMPLETED, done.state());
        assertEquals(List.of(StopOutcome.DELIVERED, StopOutcome.RETURNED), List.of(
                done.stops().stream().filter(s -> s.orderNumber().equals(first)).findFirst().orElseThrow().outcome(),
                done.stops().stream().filter(s -> s.orderNumber().equals(second)).findFirst().orElseThrow().outcome()));

        List<TimelineEntry> timeline = orderService.timeline(first, TestOrders.OWNER);
        assertEquals(List.of("ravi", "ravi"), timeline.subList(timeline.size() - 2, timeline.size()).stream()
                .map(TimelineEntry::actor).toList(), "ravi took it out and delivered it");
        assertTrue(proofs.proofsOf(first).stream().anyMatch(p -> p.id() == proof.id() && p.by().equals("ravi")),
                "the proof is on the order with who took it");
    }

    @Test
    void aDeliveryBoyCannotSeeOrWorkAnotherBoysRun() throws Exception {
        String number = orders.ready("Rawalpada", "400068");
        driver.takeOut(number, "ravi");
        long run = driver.runOf(number).number();

        assertThrows(NotFoundException.class, () -> dispatch.runOnRoad(run, IMRAN));
        assertThrows(NotFoundException.class, () -> photo(run, number, IMRAN));
        assertThrows(NotFoundException.class, () -> dispatch.completeStop(run, number,
                new RunDispatch.StopCompletion("DELIVERED", null), IMRAN));
        assertTrue(dispatch.runsOnRoad(IMRAN, true).stream().noneMatch(r -> r.number() == run));
        assertThrows(InvalidInputException.class, () -> dispatch.takeOut(orders.ready("Rawalpada", "400068"),
                "ravi", IMRAN), "a delivery boy takes out only for himself");

        // the same over HTTP: another boy's run and stop are 404, and nothing happened
        mvc.perform(get("/api/delivery/runs/" + run + "/stops").with(httpBasic("imran", "imran123")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/delivery/runs/" + run + "/stops/" + number + "/complete")
                        .with(httpBasic("imran", "imran123")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"DELIVERED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/delivery/runs/" + run + "/stops/" + number + "/proofs?kind=PHOTO")
                        .with(httpBasic("imran", "imran123")).contentType(MediaType.IMAGE_JPEG)
                        .content(TestImages.jpeg(64, 48)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/delivery/runs/" + run + "/positions").with(httpBasic("imran", "imran123"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lat\":19.25,\"lng\":72.86}"))
                .andExpect(status().isNotFound());
        assertEquals(0, proofRows.findByOrderNumberOrderByIdAsc(number).size());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(number));
        mvc.perform(get("/api/delivery/runs/" + run + "/stops").with(httpBasic("ravi", "ravi123")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stops[0].orderNumber").value(number));
    }

    @Test
    void anUploadThatIsNoImageOrTooBigIsRefusedAndStoresNothing() throws Exception {
        String number = orders.ready("Rawalpada", "400068");
        driver.takeOut(number, "ravi");
        long run = driver.runOf(number).number();
        String url = "/api/delivery/runs/" + run + "/stops/" + number + "/proofs?kind=PHOTO";
        List<Path> before = filesOf(number); // order numbers start again with each test database; the folder does not

        mvc.perform(post(url).with(httpBasic("ravi", "ravi123")).contentType(MediaType.IMAGE_JPEG)
                        .content("%PDF-1.4 not a photo at all".getBytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] oversized = Arrays.copyOf(TestImages.jpeg(64, 48), (int) proofs.maxBytes() + 1);
        mvc.perform(post(url).with(httpBasic("ravi", "ravi123")).contentType(MediaType.IMAGE_JPEG).content(oversized))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] brokenJpeg = Arrays.copyOf(TestImages.jpeg(64, 48), 40);
        mvc.perform(post(url).with(httpBasic("ravi", "ravi123")).contentType(MediaType.IMAGE_JPEG).content(brokenJpeg))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url.replace("PHOTO", "VIDEO")).with(httpBasic("ravi", "ravi123"))
                        .contentType(MediaType.IMAGE_PNG).content(TestImages.png(40, 20)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));

        assertEquals(0, proofRows.findByOrderNumberOrderByIdAsc(number).size());
        assertEquals(before, filesOf(number), "nothing was written to the proof folder");

        // a signature from the pad (PNG) is taken, and the page shows it
        mvc.perform(post(url.replace("PHOTO", "SIGNATURE")).with(httpBasic("ravi", "ravi123"))
                        .contentType(MediaType.IMAGE_PNG).content(TestImages.png(400, 160)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("SIGNATURE"));
        assertEquals(before.size() + 2, filesOf(number).size(), "the signature and its thumbnail");
        long id = proofRows.findByOrderNumberOrderByIdAsc(number).get(0).id();
        mvc.perform(get("/delivery/proofs/" + id).with(httpBasic("owner", "owner123")))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().contentType(MediaType.IMAGE_PNG));
        mvc.perform(get("/delivery/proofs/" + id + "/thumbnail").with(httpBasic("imran", "imran123")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProofWhoseTransactionRollsBackLeavesNoFile() throws Exception {
        String number = orders.ready("Rawalpada", "400068");
        driver.takeOut(number, "ravi");
        long run = driver.runOf(number).number();
        List<Path> before = filesOf(number);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            photo(run, number, RAVI);
            try {
                assertEquals(before.size() + 2, filesOf(number).size(), "written while the transaction runs");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            tx.setRollbackOnly();
        });
        assertEquals(before, filesOf(number), "the photo and its thumbnail are gone again");
        assertEquals(0, proofRows.findByOrderNumberOrderByIdAsc(number).size());
    }

    @Test
    void aStopCompletedInTasklistNeedsItsProofToo() {
        String number = orders.ready("Rawalpada", "400068");
        driver.takeOut(number, "ravi");
        long run = driver.runOf(number).number();
        ProcessInstance instance = processOf(run);
        var task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(run)).singleResult();
        assertThat(task).isAssignedTo("ravi");

        Exception refused = assertThrows(Exception.class,
                () -> tasks.complete(task.getId(), Map.of(VAR_DELIVERY_OUTCOME, "delivered")));
        assertTrue(refused.getMessage().contains("proof"), refused.getMessage());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(number));

        proofs.upload(run, number, "SIGNATURE", new ByteArrayInputStream(TestImages.png(300, 120)), RAVI);
        tasks.complete(task.getId(), Map.of(VAR_DELIVERY_OUTCOME, "delivered"));
        assertEquals(OrderStatus.DELIVERED, statusOf(number));
        assertThat(instance).hasPassed(SEND_DELIVERED, END_RUN_COMPLETED).isEnded();
    }

    @Test
    void positionsAreTakenOnlyWhileTheRunIsOnTheRoadAndShowOnTheMap() {
        String number = orders.ready("Rawalpada", "400068");
        driver.takeOut(number, "ravi");
        long run = driver.runOf(number).number();

        positions.ping(run, new PositionService.Ping(19.2545, 72.8601, 12.0), RAVI);
        var onMap = positions.map(TestOrders.OWNER).runs().stream().filter(r -> r.number() == run).findFirst()
                .orElseThrow();
        assertEquals(19.2545, onMap.latitude());
        assertEquals("ravi", onMap.deliveryBoy());
        assertEquals(number, onMap.stops().get(0).orderNumber());
        InvalidInputException bad = assertThrows(InvalidInputException.class,
                () -> positions.ping(run, new PositionService.Ping(123.0, null, null), RAVI));
        assertEquals(List.of("lat", "lng"), bad.problems().stream().map(p -> p.field()).toList());

        driver.deliver(number);
        assertThrows(ConflictException.class,
                () -> positions.ping(run, new PositionService.Ping(19.2545, 72.8601, 12.0), RAVI));
        assertTrue(positions.map(TestOrders.OWNER).runs().stream().noneMatch(r -> r.number() == run),
                "a completed run leaves the map");
        assertThrows(org.springframework.security.access.AccessDeniedException.class, () -> positions.map(RAVI));
    }

    @Test
    void aRunWithAnOrderThatIsNotReadyDoesNotLeave() {
        String ready = orders.ready("Rawalpada", "400068");
        long run = plannedRun(ready);
        orderService.cancel(ready, "Customer cancelled before dispatch", TestOrders.OWNER);
        ConflictException refused = assertThrows(ConflictException.class, () -> dispatch.start(run, TestOrders.OWNER));
        assertTrue(refused.getMessage().contains(ready), refused.getMessage());
        assertNull(processOf(run));
        assertEquals(RunState.PLANNED, delivery.run(run, TestOrders.OWNER).state());
    }

    @Test
    void anOrderCancelledOnTheRoadClosesItsStopAndTheRunStillEnds() {
        String cancelled = orders.ready("Rawalpada", "400068");
        String delivered = orders.ready("Kandarpada", "400068");
        long run = plannedRun(cancelled, delivered);
        dispatch.start(run, RAVI);
        ProcessInstance instance = processOf(run);
        photo(run, cancelled, RAVI);

        orderService.cancel(cancelled, "Customer called: no longer needed", TestOrders.OWNER);
        assertEquals(OrderStatus.CANCELLED, statusOf(cancelled));
        RunOnRoad onRoad = dispatch.runOnRoad(run, RAVI);
        RunOnRoad.Stop closed = onRoad.stops().stream().filter(s -> s.orderNumber().equals(cancelled)).findFirst()
                .orElseThrow();
        assertEquals(StopOutcome.CANCELLED, closed.outcome(), "the cancelled order's stop is closed");
        assertEquals(RunState.ACTIVE, onRoad.state(), "the other stop is still to ride");
        assertThat(instance).hasPassed(END_STOP_CANCELLED).isWaitingAt(TASK_DELIVER_STOP);
        assertEquals(1, tasks.createTaskQuery().processInstanceId(instance.getId()).count(), "only the other stop's task");
        ConflictException again = assertThrows(ConflictException.class, () -> dispatch.completeStop(run, cancelled,
                new RunDispatch.StopCompletion("DELIVERED", null), RAVI));
        assertTrue(again.getMessage().contains("already ended"), again.getMessage());

        // a boy cannot close a stop as cancelled himself
        photo(run, delivered, RAVI);
        InvalidInputException notHis = assertThrows(InvalidInputException.class, () -> dispatch.completeStop(run,
                delivered, new RunDispatch.StopCompletion("CANCELLED", null), RAVI));
        assertEquals("outcome", notHis.problems().get(0).field());
        var task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThrows(Exception.class, () -> tasks.complete(task.getId(), Map.of(VAR_DELIVERY_OUTCOME, "cancelled")),
                "nor in Tasklist");
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(delivered));

        RunOnRoad done = dispatch.completeStop(run, delivered, new RunDispatch.StopCompletion("DELIVERED", null), RAVI);
        assertEquals(OrderStatus.DELIVERED, statusOf(delivered));
        assertEquals(RunState.COMPLETED, done.state(), "the run ends when its last open stop does");
        assertThat(instance).hasPassed(SERVICE_FINISH_RUN, END_RUN_COMPLETED).isEnded();
        assertEquals(OrderStatus.CANCELLED, statusOf(cancelled));
    }

    @Test
    void twoStopsOfOneRunCompletedAtTheSameMomentBothEnd() throws Exception {
        String first = orders.ready("Rawalpada", "400068");
        String second = orders.ready("Kandarpada", "400068");
        long run = plannedRun(first, second);
        dispatch.start(run, RAVI);
        photo(run, first, RAVI);
        photo(run, second, RAVI);
        java.util.concurrent.CountDownLatch firstDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            // the boy completes one stop; its transaction is still open when the second stop is completed
            // (a dispatcher at the desk, or the boy on a second tab)
            var one = pool.submit(() -> new TransactionTemplate(transactions).execute(tx -> {
                dispatch.completeStop(run, first, new RunDispatch.StopCompletion("DELIVERED", null), RAVI);
                firstDone.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return (Object) "delivered";
            }));
            var other = pool.submit(() -> {
                firstDone.await();
                try {
                    dispatch.completeStop(run, second, new RunDispatch.StopCompletion("DELIVERED", null),
                            TestOrders.OWNER);
                    return (Object) "delivered";
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertEquals("delivered", one.get());
            assertEquals("delivered", other.get(), "the second waits for the first instead of failing");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(OrderStatus.DELIVERED, statusOf(first));
        assertEquals(OrderStatus.DELIVERED, statusOf(second));
        assertEquals(RunState.COMPLETED, dispatch.runOnRoad(run, RAVI).state());
        assertNull(processOf(run), "the run's process ended");
    }

    @Test
    void aStopCompletedTwiceAtOnceEndsOnceAndTheSecondTapIsAnsweredWithTheRunAsItIs() throws Exception {
        String first = orders.ready("Rawalpada", "400068");
        String second = orders.ready("Kandarpada", "400068");
        long run = plannedRun(first, second);
        dispatch.start(run, RAVI);
        photo(run, first, RAVI);
        java.util.concurrent.CountDownLatch firstDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var one = pool.submit(() -> new TransactionTemplate(transactions).execute(tx -> {
                dispatch.completeStop(run, first, new RunDispatch.StopCompletion("DELIVERED", null), RAVI);
                firstDone.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return (Object) "delivered";
            }));
            var again = pool.submit(() -> { // a double tap: it waits for the first, then finds the stop ended
                firstDone.await();
                try {
                    return (Object) dispatch.completeStop(run, first, new RunDispatch.StopCompletion("DELIVERED", null),
                            RAVI);
                } catch (RuntimeException e) {
                    return e;
                }
            });
            assertEquals("delivered", one.get());
            Object answered = again.get();
            assertTrue(answered instanceof RunOnRoad onRoad && onRoad.stops().stream()
                    .anyMatch(s -> s.orderNumber().equals(first) && s.outcome() == StopOutcome.DELIVERED),
                    "answered with the run as it is, not " + answered);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(OrderStatus.DELIVERED, statusOf(first));
        assertEquals(RunState.ACTIVE, dispatch.runOnRoad(run, RAVI).state());
        assertEquals(1, audit.storyOf(first).stream().filter(e -> e.action().equals("STOP_DELIVERED")).count(),
                "the stop ended once");
        // ending it otherwise now is a conflict
        ConflictException otherwise = assertThrows(ConflictException.class,
                () -> dispatch.completeStop(run, first, new RunDispatch.StopCompletion("RETURNED", "Nobody home"), RAVI));
        assertTrue(otherwise.getMessage().contains("already ended"), otherwise.getMessage());
    }

    @Test
    void aBoyCannotEndAnotherBoysStopThroughTheVariablesOfHisOwnTask() {
        String his = orders.ready("Rawalpada", "400068");
        String imrans = orders.ready("Kandarpada", "400068");
        driver.takeOut(his, "ravi").takeOut(imrans, "imran");
        long raviRun = driver.runOf(his).number();
        long imranRun = driver.runOf(imrans).number();
        photo(imranRun, imrans, IMRAN); // imran is at the door, about to complete his stop
        String raviTask = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(raviRun)).singleResult().getId();

        // ravi completes his own task over the engine's REST API, with variables pointing at imran's stop
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.withBasicAuth("ravi", "ravi123").postForEntity("/engine-rest/task/" + raviTask + "/complete",
                new org.springframework.http.HttpEntity<>("{\"variables\":{"
                        + "\"deliveryOutcome\":{\"value\":\"delivered\"},"
                        + "\"runNumber\":{\"value\":" + imranRun + ",\"type\":\"Long\"},"
                        + "\"stopOrder\":{\"value\":\"" + imrans + "\"}}}", headers), String.class);

        assertTrue(response.getStatusCode().isError(), response.getStatusCode() + " " + response.getBody());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(imrans), "imran's order is untouched");
        assertTrue(dispatch.runOnRoad(imranRun, IMRAN).stops().get(0).open(), "imran's stop is still open");
        assertEquals(RunState.ACTIVE, dispatch.runOnRoad(imranRun, IMRAN).state());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(his));
    }

    @Test
    void aBoyCannotEndAnotherStopOfHisOwnRunThroughTheVariablesOfAStopTask() {
        String first = orders.ready("Rawalpada", "400068");
        String second = orders.ready("Kandarpada", "400068");
        long run = plannedRun(first, second);
        dispatch.start(run, RAVI);
        photo(run, first, RAVI);
        photo(run, second, RAVI);
        String firstTask = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(run)).list().stream()
                .filter(t -> first.equals(tasks.getVariable(t.getId(), VAR_STOP_ORDER))).findFirst().orElseThrow()
                .getId();

        // ravi completes the first stop's task over the engine's REST API, naming his second stop
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var response = http.withBasicAuth("ravi", "ravi123").postForEntity("/engine-rest/task/" + firstTask + "/complete",
                new org.springframework.http.HttpEntity<>("{\"variables\":{"
                        + "\"deliveryOutcome\":{\"value\":\"delivered\"},"
                        + "\"stopOrder\":{\"value\":\"" + second + "\"}}}", headers), String.class);

        assertTrue(response.getStatusCode().isError(), response.getStatusCode() + " " + response.getBody());
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(first));
        assertEquals(OrderStatus.OUT_FOR_DELIVERY, statusOf(second));
        assertTrue(dispatch.runOnRoad(run, RAVI).stops().stream().allMatch(RunOnRoad.Stop::open), "both stops still open");

        // each stop still ends under its own task, and the run ends
        dispatch.completeStop(run, second, new RunDispatch.StopCompletion("DELIVERED", null), RAVI);
        assertEquals(OrderStatus.DELIVERED, statusOf(second));
        tasks.complete(firstTask, Map.of(VAR_DELIVERY_OUTCOME, "delivered"));
        assertEquals(OrderStatus.DELIVERED, statusOf(first));
        assertEquals(RunState.COMPLETED, dispatch.runOnRoad(run, RAVI).state());
        assertNull(processOf(run), "the run's process ended");
    }

    private List<Path> filesOf(String number) throws IOException {
        if (!Files.exists(proofFolder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(proofFolder)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith(number))
                    .sorted().toList();
        }
    }
}
