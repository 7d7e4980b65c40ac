package com.orderflow.platform.bootstrap;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupStep} before the web server opens its port (issue 13.5). Spring Boot's
 * ApplicationRunners run after the server already listens, so requests arriving at start-up (tills
 * and phones retrying after a crash) competed with the start-up work for pooled connections, were
 * served before the catalogue or the users existed, and could starve that work until the app gave up.
 * Here the port opens only once the work is done; until then a client's connection is refused, as
 * while the JVM starts, and it retries.
 */
@Component
class StartupSteps implements SmartLifecycle {
    /** Before the web server's own lifecycle ({@code DEFAULT_PHASE - 2048}) binds the port. */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private final ObjectProvider<StartupStep> steps;
    private volatile boolean running;

    StartupSteps(ObjectProvider<StartupStep> steps) {
        this.steps = steps;
    }

    @Override
    public void start() {
        long began = System.nanoTime();
        List<StartupStep> ordered = steps.orderedStream().toList();
        for (StartupStep step : ordered) {
            String name = org.springframework.util.ClassUtils.getUserClass(step).getSimpleName();
            try {
                step.run();
            } catch (RuntimeException e) {
                if (!step.optional()) {
                    throw new IllegalStateException("Start-up step " + name + " failed; the app does not start", e);
                }
                log.error("Optional start-up step {} failed; the app starts without it", name, e);
            }
        }
        running = true;
        log.info("Start-up work done ({} steps in {} ms); opening the web server", ordered.size(),
                (System.nanoTime() - began) / 1_000_000);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
