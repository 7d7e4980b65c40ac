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
 * runs the reports' benchmark alone; bench.only=bigdata the big-data one ({@link BigDataBenchmark}).
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
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OrderflowApplication.class,
                EmbeddedPostgresConfig.class, Counting.class)
                .run("--server.port=0", "--camunda.bpm.job-execution.enabled=false", "--orderflow.demo=true",
                        "--orderflow.demo-orders=false", "--logging.level.root=warn",
                        "--spring.main.banner-mode=off", "--orderflow.delivery.proof-folder=target/bench-proofs",
                        "--orderflow.reports.live-for=PT0S")) {
            String only = System.getProperty("bench.only");
            if (!"reports".equals(only) && !"bigdata".equals(only)) {
                run(app);
            }
            if (!"bigdata".equals(only)) {
                ReportsBenchmark.run(app);
            }
            BigDataBenchmark.runIfAsked(app, only);
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

        drive(orders, tasks, dispatch, proofs, WARM_UP, THREADS);

        long activitiesBefore = history.createHistoricActivityInstanceQuery().count();
        long statementsBefore = CountingDataSource.STATEMENTS.sum();
        long commitsBefore = CountingDataSource.COMMITS.sum();
        long start = System.nanoTime();
        drive(orders, tasks, dispatch, proofs, ORDERS, THREADS);
        double seconds = (System.nanoTime() - start) / 1e9;
        long statements = CountingDataSource.STATEMENTS.sum() - statementsBefore;
        long commits = CountingDataSource.COMMITS.sum() - commitsBefore;
        long steps = history.createHistoricActivityInstanceQuery().count() - activitiesBefore;

        double ceiling = commitCeiling(app, jdbc, THREADS, Math.max(2000, ORDERS * 10));

        double ordersPerSecond = ORDERS / seconds;
        double transactionsPerSecond = commits / seconds;
        System.out.println();
        System.out.println("orderflow lifecycle benchmark — embedded PostgreSQL, " + THREADS + " client threads, "
                + ORDERS + " orders (after " + WARM_UP + " warm-up), each order: create, pack, bill, take out, deliver");
        row("orders/s", ordersPerSecond);
        row("process steps/s (flow nodes executed)", steps / seconds);
        row("database transactions per order", (double) commits / ORDERS);
        row("SQL statements per order", (double) statements / ORDERS);
        row("lifecycle transactions/s", transactionsPerSecond);
        row("commit ceiling: 1-row insert tx/s, same pool", ceiling);
        row("lifecycle tx/s ÷ ceiling", transactionsPerSecond / ceiling);
        row("elapsed s", seconds);
        CounterSaleBenchmark.run(app);
    }

    private static void row(String name, double value) {
        System.out.printf("  %-46s %10.2f%n", name, value);
    }

    /** Places and completes orders from several threads, each order start to end on one thread. */
    private static void drive(OrderService orders, TaskService tasks, RunDispatch dispatch, ProofService proofs,
            int count, int threads) throws Exception {
        byte[] photo = TestImages.jpeg(64, 48);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger left = new AtomicInteger(count);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        String number = orders.create(TestOrders.homeDelivery(), TestOrders.BILLER).number();
                        pack(tasks, number);
                        complete(tasks, number, OrderFulfilmentProcess.TASK_BILL, null, Map.of("paymentMode", "cash"));
                        // dispatch as on ravi's phone: a run of one, a photo at the door, delivered
                        var boy = OrderDriver.boy("ravi");
                        long run = dispatch.takeOut(number, "ravi", boy).number();
                        proofs.upload(run, number, "PHOTO", new java.io.ByteArrayInputStream(photo), boy);
                        dispatch.completeStop(run, number, new RunDispatch.StopCompletion("DELIVERED", null), boy);
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

    /** The packer claims (the slip prints), weighs the box at the expected weight and completes. */
    private static void pack(TaskService tasks, String number) {
        var task = tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(OrderFulfilmentProcess.TASK_PACK).singleResult();
        tasks.claim(task.getId(), "packer");
        Object expected = tasks.getVariable(task.getId(), OrderFulfilmentProcess.VAR_EXPECTED_WEIGHT_GRAMS);
        tasks.complete(task.getId(), Map.of("allItemsPacked", true,
                OrderFulfilmentProcess.VAR_PACKED_WEIGHT_GRAMS, new java.math.BigDecimal(expected.toString()).longValue()));
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
