package com.orderflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.orderflow.OrderflowApplication;
import com.orderflow.orders.NewOrder;
import com.orderflow.orders.OrderService;
import com.orderflow.orders.process.OrderFulfilmentProcess;
import com.orderflow.delivery.ProofService;
import com.orderflow.delivery.RunDispatch;
import com.orderflow.support.EmbeddedPostgresConfig;
import com.orderflow.support.OrderDriver;
import com.orderflow.support.TestImages;
import com.orderflow.support.TestOrders;

/**
 * The benchmark command ({@code mvn -Pbench test}): drives orders through the whole lifecycle on
 * an embedded PostgreSQL through the engine's Java API, and prints throughput and database cost
 * per order next to the database's own commit ceiling measured over the same pool in the same run.
 * Arguments (system properties): bench.orders (default 300), bench.threads (default 4); then the
 * reports' benchmark ({@link ReportsBenchmark}: bench.history, default 100000). bench.only=reports
 * runs the reports' benchmark alone, bench.only=lifecycle the lifecycle alone, bench.only=bigdata the
 * big-data one ({@link BigDataBenchmark}). The same run drives a bare process of the same shape
 * ({@link BareProcess}) and prints orderflow ÷ baseline, statements by step and by text, rows per
 * finished order and the app's RSS.
 */
public final class LifecycleBenchmark {
    private static final int ORDERS = Integer.getInteger("bench.orders", 300);
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int WARM_UP = 30;

    private LifecycleBenchmark() {
    }

    /** Counts every statement and commit of the app's pool. */
    @Configuration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && name.equals("dataSource") ? CountingDataSource.wrap(ds) : bean;
                }
            };
        }
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.only", "all");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OrderflowApplication.class,
                EmbeddedPostgresConfig.class, Counting.class, BareProcess.Beans.class)
                .run("--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--orderflow.demo=true",
                        "--orderflow.demo-orders=false", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off", "--orderflow.delivery.proof-folder=target/bench-proofs",
                        "--orderflow.reports.live-for=PT0S")) {
            if (!"reports".equals(only) && !"bigdata".equals(only)) {
                run(app);
            }
            if (!"lifecycle".equals(only) && !"bigdata".equals(only)) {
                ReportsBenchmark.run(app);
            }
            if (!"lifecycle".equals(only)) {
                BigDataBenchmark.runIfAsked(app, only);
            }
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext app) throws Exception {
        OrderService orders = app.getBean(OrderService.class);
        TaskService tasks = app.getBean(TaskService.class);
        HistoryService history = app.getBean(HistoryService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        RunDispatch dispatch = app.getBean(RunDispatch.class);
        ProofService proofs = app.getBean(ProofService.class);

        BareProcess bare = sampleAndBaseline(app, orders, tasks, dispatch, proofs);
        drive(orders, tasks, dispatch, proofs, WARM_UP, THREADS);

        CountingDataSource.clearDetail();
        Map<String, Long> rowsBefore = RowCounts.of(jdbc);
        long activitiesBefore = history.createHistoricActivityInstanceQuery().count();
        long statementsBefore = CountingDataSource.STATEMENTS.sum();
        long commitsBefore = CountingDataSource.COMMITS.sum();
        long start = System.nanoTime();
        Sampler sampler = new Sampler(CLIENT_THREAD);
        drive(orders, tasks, dispatch, proofs, ORDERS, THREADS);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.close();
        long statements = CountingDataSource.STATEMENTS.sum() - statementsBefore;
        long commits = CountingDataSource.COMMITS.sum() - commitsBefore;
        long steps = history.createHistoricActivityInstanceQuery().count() - activitiesBefore;
        Map<String, Long> rows = RowCounts.since(rowsBefore, jdbc);
        Map<String, Long> byStep = snapshot(CountingDataSource.BY_STEP);
        var top = CountingDataSource.topStatements(TOP);
        long rss = Memory.rssKb();
        double heapCommitted = Memory.heapCommittedMb();
        double heapLive = Memory.heapAfterGcMb();

        double ceiling = commitCeiling(app, jdbc, THREADS, Math.max(2000, ORDERS * 10));

        // the bare baseline: same threads, same count, same engine and database, after its own warm-up
        driveBare(bare, WARM_UP, THREADS);
        CountingDataSource.clearDetail();
        Map<String, Long> bareRowsBefore = RowCounts.of(jdbc);
        long bareStatementsBefore = CountingDataSource.STATEMENTS.sum();
        long bareCommitsBefore = CountingDataSource.COMMITS.sum();
        long bareStart = System.nanoTime();
        driveBare(bare, ORDERS, THREADS);
        double bareSeconds = (System.nanoTime() - bareStart) / 1e9;
        long bareStatements = CountingDataSource.STATEMENTS.sum() - bareStatementsBefore;
        long bareCommits = CountingDataSource.COMMITS.sum() - bareCommitsBefore;
        Map<String, Long> bareRows = RowCounts.since(bareRowsBefore, jdbc);
        Map<String, Long> bareByStep = snapshot(CountingDataSource.BY_STEP);

        double ordersPerSecond = ORDERS / seconds;
        double bareOrdersPerSecond = ORDERS / bareSeconds;
        double transactionsPerSecond = commits / seconds;
        String level = app.getBean(org.camunda.bpm.engine.ProcessEngine.class).getProcessEngineConfiguration()
                .getHistory();
        System.out.println();
        System.out.println("orderflow lifecycle benchmark — embedded PostgreSQL, " + THREADS + " client threads, "
                + ORDERS + " orders (after " + WARM_UP + " warm-up), each order: create, pack, bill, take out, deliver;"
                + " engine history level " + level);
        row("HEADLINE orderflow ÷ bare baseline (orders/s)", ordersPerSecond / bareOrdersPerSecond);
        row("orders/s", ordersPerSecond);
        row("bare baseline orders/s (same shape, no-op)", bareOrdersPerSecond);
        row("process steps/s (flow nodes executed)", steps / seconds);
        row("database transactions per order", (double) commits / ORDERS);
        row("SQL statements per order", (double) statements / ORDERS);
        row("bare baseline transactions per order", (double) bareCommits / ORDERS);
        row("bare baseline SQL statements per order", (double) bareStatements / ORDERS);
        row("lifecycle transactions/s", transactionsPerSecond);
        row("commit ceiling: 1-row insert tx/s, same pool", ceiling);
        row("lifecycle tx/s ÷ ceiling", transactionsPerSecond / ceiling);
        row("elapsed s", seconds);
        System.out.println("  SQL statements per order by step            orderflow       bare");
        for (String step : STEPS) {
            System.out.printf("    %-42s %10.1f %10.1f%n", step, byStep.getOrDefault(step, 0L) / (double) ORDERS,
                    bareByStep.getOrDefault(step, 0L) / (double) ORDERS);
        }
        byStep.keySet().stream().filter(s -> !STEPS.contains(s)).forEach(s -> System.out.printf("    %-42s %10.1f %10.1f%n",
                s, byStep.get(s) / (double) ORDERS, bareByStep.getOrDefault(s, 0L) / (double) ORDERS));
        System.out.println("  top statements of the orderflow run (count per order, text cut):");
        top.forEach(e -> System.out.printf("    %7.2f  %s%n", e.getValue() / (double) ORDERS, e.getKey()));
        sampler.print(TOP);
        RowCounts.print("rows per finished order (orderflow)", rows, ORDERS);
        RowCounts.print("rows per finished order (bare baseline)", bareRows, ORDERS);
        row("app RSS after the lifecycle run, MB (JVM)", rss / 1024.0);
        row("app peak RSS, MB (JVM VmHWM)", Memory.peakKb() / 1024.0);
        row("  of it heap committed, MB (-Xmx " + Math.round(Memory.heapMaxMb()) + ")", heapCommitted);
        row("  heap in use after a full GC, MB", heapLive);
        double counterP99 = CounterSaleBenchmark.run(app);
        System.out.println();
        System.out.println("targets (issue 18)");
        target("lifecycle ÷ bare baseline ≥ 0.5", ordersPerSecond / bareOrdersPerSecond, 0.5, true);
        target("SQL statements per order ≤ 150", (double) statements / ORDERS, 150, false);
        target("counter sale p99 ms ≤ 25 (16 clients)", counterP99, 25, false);
        target("RSS MB ≤ 512 after the lifecycle run", rss / 1024.0, 512, false);
        System.out.println("  start-up of the packaged jar on an empty folder: scripts/bench/start-time.sh (≤ 15 s)");
    }

    private static final int TOP = 20;
    private static final List<String> STEPS = List.of("create", "pack claim", "pack complete", "bill", "run start",
            "proof", "stop complete", "(other threads)");

    private static void target(String what, double value, double limit, boolean atLeast) {
        boolean met = atLeast ? value >= limit : value <= limit;
        System.out.printf("  %-46s %10.2f  %s%n", what, value, met ? "met"
                : String.format("MISSED by %.2f (%.0f %%)", Math.abs(value - limit), Math.abs(value - limit) / limit * 100));
    }

    private static Map<String, Long> snapshot(Map<String, java.util.concurrent.atomic.LongAdder> counts) {
        Map<String, Long> copy = new java.util.TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /**
     * One order start to end on this thread before anything is measured: its process and run
     * variables become the bare baseline's, so that both carry the same data through the engine.
     */
    private static BareProcess sampleAndBaseline(ConfigurableApplicationContext app, OrderService orders,
            TaskService tasks, RunDispatch dispatch, ProofService proofs) throws Exception {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        String number = orders.create(homeDelivery(), TestOrders.BILLER).number();
        Map<String, Object> orderVariables = runtime.getVariables(runtime.createProcessInstanceQuery()
                .processDefinitionKey(OrderFulfilmentProcess.KEY).processInstanceBusinessKey(number).singleResult().getId());
        pack(tasks, number);
        complete(tasks, number, OrderFulfilmentProcess.TASK_BILL, null, BILLED);
        var boy = OrderDriver.boy("ravi");
        long run = dispatch.takeOut(number, "ravi", boy).number();
        var runInstance = runtime.createProcessInstanceQuery().processDefinitionKey("delivery-run")
                .variableValueEquals("runNumber", run).singleResult();
        Map<String, Object> runVariables = runtime.getVariables(runInstance.getId());
        proofs.upload(run, number, "PHOTO", new java.io.ByteArrayInputStream(TestImages.jpeg(64, 48)), boy);
        dispatch.completeStop(run, number, new RunDispatch.StopCompletion("DELIVERED", null), boy);
        System.out.println("bare baseline carries the order's " + orderVariables.size() + " variables "
                + orderVariables.keySet() + " and the run's " + runVariables.size() + " " + runVariables.keySet());
        return new BareProcess(app, orderVariables, runVariables);
    }

    private static final Map<String, Object> BILLED = Map.of("paymentMode", "cash");

    private static void driveBare(BareProcess bare, int count, int threads) throws Exception {
        AtomicInteger serial = new AtomicInteger();
        String prefix = "BARE-" + System.nanoTime() % 1_000_000 + "-";
        parallel(count, threads, () -> bare.lifecycle(prefix + serial.incrementAndGet(),
                Map.of("allItemsPacked", true, OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS, 500L), BILLED, "ravi"));
    }

    private interface Work {
        void run() throws Exception;
    }

    private static final String CLIENT_THREAD = "bench-client-";

    private static void parallel(int count, int threads, Work work) throws Exception {
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                r -> new Thread(r, CLIENT_THREAD + named.incrementAndGet()));
        AtomicInteger left = new AtomicInteger(count);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        work.run();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void row(String name, double value) {
        System.out.printf("  %-46s %10.2f%n", name, value);
    }

    /** Places and completes orders from several threads, each order start to end on one thread. */
    private static void drive(OrderService orders, TaskService tasks, RunDispatch dispatch, ProofService proofs,
            int count, int threads) throws Exception {
        byte[] photo = TestImages.jpeg(64, 48);
        parallel(count, threads, () -> {
            String number = CountingDataSource.step("create",
                    () -> orders.create(homeDelivery(), TestOrders.BILLER).number());
            pack(tasks, number);
            CountingDataSource.step("bill", () -> {
                complete(tasks, number, OrderFulfilmentProcess.TASK_BILL, null, BILLED);
                return null;
            });
            // dispatch as on ravi's phone: a run of one, a photo at the door, delivered
            var boy = OrderDriver.boy("ravi");
            long run = CountingDataSource.step("run start", () -> dispatch.takeOut(number, "ravi", boy).number());
            CountingDataSource.step("proof", () -> proofs.upload(run, number, "PHOTO",
                    new java.io.ByteArrayInputStream(photo), boy));
            CountingDataSource.step("stop complete", () -> {
                dispatch.completeStop(run, number, new RunDispatch.StopCompletion("DELIVERED", null), boy);
                return null;
            });
        });
    }

    /**
     * A home delivery as {@link TestOrders#homeDelivery()}, each for a customer of its own: a shop's
     * orders come from many customers, and one customer's orders wait for each other on his record.
     */
    private static NewOrder homeDelivery() {
        NewOrder order = TestOrders.homeDelivery();
        var c = order.customer();
        String phone = String.format("9%09d", 100_000_000 + CUSTOMERS.incrementAndGet());
        return new NewOrder(order.channel(), new NewOrder.Customer(c.name(), phone, c.address(), c.locality(),
                c.pincode()), order.deliveryDate(), order.lines());
    }

    private static final AtomicInteger CUSTOMERS = new AtomicInteger();

    /** The packer claims (the slip prints), weighs the box at the expected weight and completes. */
    private static void pack(TaskService tasks, String number) throws Exception {
        var task = CountingDataSource.step("pack claim", () -> {
            var found = tasks.createTaskQuery().processInstanceBusinessKey(number)
                    .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult();
            tasks.claim(found.getId(), "packer");
            return found;
        });
        CountingDataSource.step("pack complete", () -> {
            Object expected = tasks.getVariable(task.getId(), OrderFulfilmentProcess.VAR_EXPECTED_WEIGHT_GRAMS);
            tasks.complete(task.getId(), Map.of("allItemsPacked", true, OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS,
                    new java.math.BigDecimal(expected.toString()).longValue()));
            return null;
        });
    }

    private static void complete(TaskService tasks, String number, String key, String claimer,
            Map<String, Object> variables) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key).singleResult();
        if (claimer != null) {
            tasks.claim(task.getId(), claimer);
        }
        tasks.complete(task.getId(), variables);
    }

    /** Single-row insert transactions per second over the app's own pool and transaction manager. */
    private static double commitCeiling(ConfigurableApplicationContext app, JdbcTemplate jdbc, int threads, int total)
            throws Exception {
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_ceiling (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL)");
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(total);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        tx.executeWithoutResult(s -> jdbc.update("INSERT INTO bench_ceiling (at) VALUES (now())"));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return total / ((System.nanoTime() - start) / 1e9);
    }

}
