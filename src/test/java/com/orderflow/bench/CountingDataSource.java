package com.orderflow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * Wraps a DataSource to count what reaches the database: SQL statements (each batch entry counts)
 * and commits. Counting happens in the client, so it measures exactly this application's traffic.
 * Statements are also counted by the step the calling thread is in ({@link #step}) and by their
 * text, so that the benchmark can say where the statements go.
 */
final class CountingDataSource {
    static final LongAdder STATEMENTS = new LongAdder();
    static final LongAdder COMMITS = new LongAdder();
    /** Statements by the step of the thread that sent them; other threads (schedulers, after-commit work) as "(other threads)". */
    static final Map<String, LongAdder> BY_STEP = new ConcurrentHashMap<>();
    /** Statements by their text (whitespace folded, cut to a readable length). */
    static final Map<String, LongAdder> BY_SQL = new ConcurrentHashMap<>();
    private static final ThreadLocal<String> STEP = new ThreadLocal<>();
    private static final String OTHER = "(other threads)";
    private static final int SQL_LENGTH = 120;
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");
    private static final Set<String> PREPARES = Set.of("prepareStatement", "prepareCall");

    private CountingDataSource() {
    }

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (result instanceof Connection connection) {
                return connection(connection);
            }
            return result;
        });
    }

    /** Runs the work with this thread's statements counted under the step's name. */
    static <T> T step(String name, Callable<T> work) throws Exception {
        String outer = STEP.get();
        STEP.set(name);
        try {
            return work.call();
        } finally {
            STEP.set(outer);
        }
    }

    /** Forgets the counts by step and by text (the totals stay: callers take differences). */
    static void clearDetail() {
        BY_STEP.clear();
        BY_SQL.clear();
    }

    /** The statements by text, most frequent first. */
    static List<Map.Entry<String, Long>> topStatements(int limit) {
        return BY_SQL.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(limit).toList();
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, args, result) -> {
            if (method.getName().equals("commit")) {
                COMMITS.increment();
            }
            if (result instanceof Statement statement) {
                Class<? extends Statement> type = method.getReturnType().isInterface()
                        ? method.getReturnType().asSubclass(Statement.class) : Statement.class;
                String prepared = PREPARES.contains(method.getName()) && args != null && args[0] instanceof String sql
                        ? sql : null;
                return statement(type, statement, prepared);
            }
            return result;
        });
    }

    private static <T extends Statement> T statement(Class<T> type, Statement target, String prepared) {
        return proxy(type, type.cast(target), (method, args, result) -> {
            // executeBatch is not counted: it sends the entries that addBatch counted
            if (EXECUTES.contains(method.getName())) {
                STATEMENTS.increment();
                String step = STEP.get();
                BY_STEP.computeIfAbsent(step == null ? OTHER : step, k -> new LongAdder()).increment();
                String sql = prepared != null ? prepared : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                BY_SQL.computeIfAbsent(fold(sql), k -> new LongAdder()).increment();
            }
            return result;
        });
    }

    private static String fold(String sql) {
        String folded = sql.replaceAll("\\s+", " ").strip();
        return folded.length() > SQL_LENGTH ? folded.substring(0, SQL_LENGTH) + "…" : folded;
    }

    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                Object result = method.invoke(target, args);
                return after.apply(method, args, result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
