package com.orderflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forces a race the same way every time: one request is half done (its transaction open, its
 * writes and locks held) while the other one runs.
 */
public final class TransactionRace {
    private TransactionRace() {
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second} has finished (or 3 s
     * have passed, when {@code second} has to wait for it), then commits it.
     */
    public static <T> T whileOpen(PlatformTransactionManager transactions, Runnable first, Callable<T> second)
            throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        try {
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                first.run();
                written.countDown();
                try {
                    secondDone.await(3, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
            try {
                return second.call();
            } finally {
                secondDone.countDown();
                holder.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
