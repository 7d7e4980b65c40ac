package com.orderflow.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the time of the benchmark's client threads goes, by sampling their stacks every few
 * milliseconds: waiting on the database (a statement, a commit or a row lock), waiting for a pooled
 * connection, or running in the JVM (by the library of the running frame, and by the innermost
 * method of ours on the stack). A poor man's profiler, but it runs inside the benchmark.
 */
final class Sampler implements AutoCloseable {
    private static final long EVERY_MS = 5;
    private final String threadPrefix;
    private final Map<String, Integer> byWhere = new HashMap<>();
    private final Map<String, Integer> byOurs = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private int samples;

    Sampler(String threadPrefix) {
        this.threadPrefix = threadPrefix;
        this.thread = new Thread(this::loop, "bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                if (e.getKey().getName().startsWith(threadPrefix) && !idle(e.getValue())) {
                    record(e.getValue());
                }
            }
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean idle(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getMethodName().equals("getTask") && frame.getClassName().endsWith("ThreadPoolExecutor")) {
                return true;
            }
        }
        return stack.length == 0;
    }

    private synchronized void record(StackTraceElement[] stack) {
        samples++;
        byWhere.merge(where(stack), 1, Integer::sum);
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith("com.orderflow.") && !frame.getClassName().startsWith("com.orderflow.bench.")) {
                byOurs.merge(frame.getClassName().substring("com.orderflow.".length()) + "." + frame.getMethodName(), 1,
                        Integer::sum);
                break;
            }
        }
    }

    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String c = frame.getClassName();
            if (c.startsWith("com.zaxxer.hikari.pool.HikariPool") && frame.getMethodName().equals("getConnection")) {
                return "waiting for a pooled connection";
            }
            if (c.startsWith("org.postgresql.core.")) {
                return "in the database (statement, commit, row lock)";
            }
        }
        String top = stack[0].getClassName();
        String[] parts = top.split("\\.");
        String library = parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : top;
        return "running: " + library;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }

    synchronized void print(int top) {
        System.out.println("  where the client threads' time went (" + samples + " stack samples every " + EVERY_MS + " ms):");
        byWhere.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("    %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
        System.out.println("  innermost method of ours on the stack:");
        byOurs.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> System.out.printf("    %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}
