package com.orderflow.platform.database;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work to do once the current transaction has committed that itself uses the database (recording
 * what a printer said, for instance). Spring's afterCommit callbacks run while the committed
 * transaction still holds its pooled connection, so such work there holds one connection while it
 * waits for a second, and a burst of N such requests on a pool of N connections waits until the
 * pool gives up (issue 13.5). In a web request the work therefore waits until the request's handler
 * has returned and given its connections back ({@link AfterRequestFilter}); outside one (the job
 * executor, a test calling a service) it runs in afterCommit. Work of a rolled-back transaction never
 * runs; without a transaction it runs at once.
 */
public final class AfterCommit {
    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);
    private static final ThreadLocal<List<Runnable>> AFTER_REQUEST = new ThreadLocal<>();

    private AfterCommit() {
    }

    public static void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            whenFree(work);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                whenFree(work);
            }
        });
    }

    private static void whenFree(Runnable work) {
        List<Runnable> queue = AFTER_REQUEST.get();
        if (queue != null) {
            queue.add(work);
        } else {
            work.run();
        }
    }

    /** Runs {@code request}, then the work its transactions left for afterwards (each on its own). */
    static void aroundRequest(ThrowingRunnable request) throws Exception {
        if (AFTER_REQUEST.get() != null) {
            request.run();
            return;
        }
        List<Runnable> queue = new ArrayList<>();
        AFTER_REQUEST.set(queue);
        try {
            request.run();
        } finally {
            AFTER_REQUEST.remove();
            for (Runnable work : queue) {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("Work after a committed transaction failed", e);
                }
            }
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
