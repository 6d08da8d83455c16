package io.github.konvent.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source wrapper for tests: counts the statements executed through it (each execute,
 * executeQuery, executeUpdate or executeBatch, and each commit), and can fail at the k-th one with
 * an SQLException, as a lost connection would.
 */
final class ProbeDataSource {
    private final AtomicInteger executed = new AtomicInteger();
    private volatile int failAt;

    private ProbeDataSource() {}

    /** @return a probe that never fails */
    static ProbeDataSource counting() {
        return new ProbeDataSource();
    }

    /**
     * @param k the statement to fail at, 1 for the first
     * @return a probe that fails at the k-th statement
     */
    static ProbeDataSource failingAt(int k) {
        ProbeDataSource p = new ProbeDataSource();
        p.failAt = k;
        return p;
    }

    /** @return statements executed so far */
    int executed() {
        return executed.get();
    }

    void reset() {
        executed.set(0);
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target);
    }

    private <T> T proxy(Class<T> type, Object target) {
        InvocationHandler h = (p, method, args) -> invoke(target, method, args);
        return type.cast(Proxy.newProxyInstance(ProbeDataSource.class.getClassLoader(), new Class<?>[] {type}, h));
    }

    private Object invoke(Object target, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.startsWith("execute") || (target instanceof Connection && name.equals("commit"))) {
            int n = executed.incrementAndGet();
            if (failAt > 0 && n == failAt) {
                throw new SQLException("injected fault at statement " + n + " (" + name + ")", "08006");
            }
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        Class<?> returns = method.getReturnType();
        if (result != null && (returns == Connection.class || Statement.class.isAssignableFrom(returns))) {
            return proxy(returns, result);
        }
        return result;
    }
}
