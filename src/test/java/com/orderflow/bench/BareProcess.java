package com.orderflow.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.orderflow.platform.EngineActor;
import com.orderflow.platform.engine.ProcessBean;

/**
 * The fair baseline of the lifecycle benchmark: processes of the same shape as order-fulfilment and
 * delivery-run (bench/bench-bare-*.bpmn: the same user tasks, service tasks, timers, message waits,
 * event sub-processes and the run's multi-instance stops), with no-op delegates and no business
 * tables, on the same engine, configuration and database, started with the same variables an
 * orderflow order and run carry, and driven through the same steps by the same engine calls.
 */
final class BareProcess {
    static final String ORDER = "bench-bare-order";
    static final String RUN = "bench-bare-run";
    /** Bare run number → the order on its one stop. */
    static final Map<Long, String> STOPS = new ConcurrentHashMap<>();
    private static final AtomicLong RUNS = new AtomicLong(1_000_000_000L);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineActor actor;
    private final Map<String, Object> orderVariables;
    private final Map<String, Object> runVariables;

    BareProcess(ConfigurableApplicationContext app, Map<String, Object> orderVariables, Map<String, Object> runVariables) {
        this.runtime = app.getBean(RuntimeService.class);
        this.tasks = app.getBean(TaskService.class);
        this.actor = app.getBean(EngineActor.class);
        this.orderVariables = orderVariables;
        this.runVariables = runVariables;
        app.getBean(RepositoryService.class).createDeployment().name("benchmark baseline").enableDuplicateFiltering(true)
                .addClasspathResource("bench/bench-bare-order.bpmn").addClasspathResource("bench/bench-bare-run.bpmn")
                .deploy();
    }

    /** One order through create, pack (claim, complete), bill, run start and stop completion. */
    void lifecycle(String key, Map<String, Object> packed, Map<String, Object> billed, String boy) throws Exception {
        CountingDataSource.step("create", () -> runtime.startProcessInstanceByKey(ORDER, key, orderVariables));
        var pack = CountingDataSource.step("pack claim", () -> {
            var task = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("UserTask_Pack")
                    .singleResult();
            tasks.claim(task.getId(), "packer");
            return task;
        });
        CountingDataSource.step("pack complete", () -> {
            tasks.getVariable(pack.getId(), "expectedWeightGrams");
            tasks.complete(pack.getId(), packed);
            return null;
        });
        CountingDataSource.step("bill", () -> {
            var task = tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("UserTask_Bill")
                    .singleResult();
            tasks.complete(task.getId(), billed);
            return null;
        });
        long run = RUNS.incrementAndGet();
        STOPS.put(run, key);
        CountingDataSource.step("run start", () -> {
            Map<String, Object> variables = new java.util.HashMap<>(runVariables);
            variables.put("runNumber", run);
            variables.put("deliveryBoy", boy);
            actor.as(boy, () -> runtime.startProcessInstanceByKey(RUN, "bench-run-" + run, variables));
            return null;
        });
        CountingDataSource.step("stop complete", () -> {
            var task = tasks.createTaskQuery().processInstanceBusinessKey("bench-run-" + run).singleResult();
            Map<String, Object> outcome = new java.util.LinkedHashMap<>();
            outcome.put("deliveryOutcome", "delivered");
            outcome.put("returnReason", null);
            actor.as(boy, () -> tasks.complete(task.getId(), outcome));
            return null;
        });
        STOPS.remove(run);
    }

    /** The baseline's no-op delegates and its stop list, as process beans (only the project's beans may run). */
    @Configuration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        NoOp benchNoOpDelegate() {
            return new NoOp();
        }

        @Bean
        NoOpListener benchNoOpListener() {
            return new NoOpListener();
        }

        @Bean
        TakeOut benchTakeOutDelegate() {
            return new TakeOut();
        }

        @Bean
        StopOutcome benchStopOutcomeDelegate() {
            return new StopOutcome();
        }

        @Bean
        Stops benchStops() {
            return new Stops();
        }
    }

    static final class NoOp implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            // the baseline's service tasks do no work
        }
    }

    static final class NoOpListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            // the baseline's task listeners do no work
        }
    }

    /** Tells the run's orders they are out, as takeOrdersOutDelegate does. */
    static final class TakeOut implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            String order = STOPS.get(((Number) execution.getVariable("runNumber")).longValue());
            execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("BenchOutForDelivery")
                    .processInstanceBusinessKey(order).setVariable("deliveryBoy", execution.getVariable("deliveryBoy"))
                    .correlate();
        }
    }

    /** Tells the stop's order it was delivered, as sendStopOutcomeDelegate does. */
    static final class StopOutcome implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("BenchDelivered")
                    .processInstanceBusinessKey((String) execution.getVariable("stopOrder")).correlate();
        }
    }

    @ProcessBean
    public static final class Stops {
        public List<String> orderNumbers(Object runNumber) {
            return List.of(STOPS.get(((Number) runNumber).longValue()));
        }
    }
}
