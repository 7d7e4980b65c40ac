package com.orderflow.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

/**
 * Wraps a DataSource to count what reaches the database: SQL statements (each batch entry counts)
 * and commits. Counting happens in the client, so it measures exactly this application's traffic.
 */
final class CountingDataSource {
    static final LongAdder STATEMENTS = new LongAdder();
    static final LongAdder COMMITS = new LongAdder();
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "addBatch");

    private CountingDataSource() {
    }

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, result) -> {
            if (result instanceof Connection connection) {
                return connection(connection);
            }
            return result;
        });
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, result) -> {
            if (method.getName().equals("commit")) {
                COMMITS.increment();
            }
            if (result instanceof Statement statement) {
                Class<? extends Statement> type = method.getReturnType().isInterface()
                        ? method.getReturnType().asSubclass(Statement.class) : Statement.class;
                return statement(type, statement);
            }
            return result;
        });
    }

    private static <T extends Statement> T statement(Class<T> type, Statement target) {
        return proxy(type, type.cast(target), (method, result) -> {
            // executeBatch is not counted: it sends the entries that addBatch counted
            if (EXECUTES.contains(method.getName())) {
                STATEMENTS.increment();
            }
            return result;
        });
    }

    private interface AfterCall {
        Object apply(Method method, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                Object result = method.invoke(target, args);
                return after.apply(method, result);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
