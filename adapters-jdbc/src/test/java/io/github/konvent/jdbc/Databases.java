package io.github.konvent.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the tests run on: H2 in memory and in a file always; PostgreSQL from
 * KONVENT_TEST_POSTGRES_URL or else an embedded one; MariaDB from KONVENT_TEST_MARIADB_URL or
 * else skipped. Each {@link #fresh} call within a test gives an empty, migrated schema of its own
 * (random names per run, so concurrent and repeated runs never see each other's rows; emptied
 * and reused by later tests); server schemas are dropped when the JVM ends.
 */
final class Databases {
    static final String POSTGRES_ENV = "KONVENT_TEST_POSTGRES_URL";
    static final String MARIADB_ENV = "KONVENT_TEST_MARIADB_URL";

    /** Which databases ran tests and which were skipped, for the summary line. */
    static final Map<String, String> STATUS = new ConcurrentHashMap<>();

    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36)
            + Integer.toString((int) (Math.random() * 1_000_000), 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final List<Runnable> CLEANUP = new ArrayList<>();
    private static volatile EmbeddedPostgres embedded;
    private static final Map<Kind, List<DataSource>> POOLS = new java.util.EnumMap<>(Kind.class);
    private static final Map<Kind, Integer> USED = new java.util.EnumMap<>(Kind.class);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Databases::cleanUp));
    }

    private Databases() {}

    /** One kind of database. */
    enum Kind {
        H2_MEMORY("H2 (in memory)"),
        H2_FILE("H2 (file)"),
        POSTGRESQL("PostgreSQL"),
        MARIADB("MariaDB");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean available() {
            return this != MARIADB || env(MARIADB_ENV) != null;
        }

        String describe() {
            switch (this) {
                case POSTGRESQL:
                    return env(POSTGRES_ENV) != null ? "PostgreSQL (server from " + POSTGRES_ENV + ")"
                            : "PostgreSQL (embedded, zonky)";
                case MARIADB:
                    return "MariaDB (server from " + MARIADB_ENV + ")";
                default:
                    return label;
            }
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** @return the kinds that run here; records the skipped ones for the summary */
    static Stream<Kind> available() {
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.available()) {
                kinds.add(k);
            } else {
                STATUS.put(k.label, "SKIPPED (set " + MARIADB_ENV + " to run it)");
            }
        }
        return kinds.stream();
    }

    static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /**
     * @param kind a database
     * @return a data source on a new, empty schema with the store's migrations applied
     */
    static synchronized DataSource fresh(Kind kind) {
        List<DataSource> pool = POOLS.computeIfAbsent(kind, k -> new ArrayList<>());
        int used = USED.getOrDefault(kind, 0);
        DataSource ds;
        if (used < pool.size()) {
            ds = pool.get(used);
            JdbcCatalogStore.create(ds).deleteAll();
        } else {
            ds = empty(kind);
            JdbcCatalogStore.create(ds).migrate();
            pool.add(ds);
        }
        USED.put(kind, used + 1);
        STATUS.put(kind.label, "ran: " + kind.describe());
        return ds;
    }

    /**
     * Makes the schemas handed out so far reusable (emptied) by the next test: creating tables
     * costs far more than deleting rows, on MariaDB above all. Called when a test starts.
     */
    static synchronized void release() {
        USED.clear();
    }

    /**
     * @param kind a database
     * @return a data source on a new, empty schema without migrations
     */
    static DataSource empty(Kind kind) {
        String name = "kt_" + RUN + "_" + COUNTER.incrementAndGet();
        try {
            switch (kind) {
                case H2_MEMORY: {
                    JdbcDataSource ds = new JdbcDataSource();
                    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                    return ds;
                }
                case H2_FILE: {
                    JdbcDataSource ds = new JdbcDataSource();
                    Path file = Path.of("target", "h2", name).toAbsolutePath();
                    ds.setURL("jdbc:h2:file:" + file);
                    return ds;
                }
                case POSTGRESQL:
                    return pooled(postgres(name));
                default:
                    return pooled(mariadb(name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + kind + ": " + e.getMessage(), e);
        }
    }

    /** A small pool: opening a server connection per transaction would dominate the tests' time. */
    private static DataSource pooled(DataSource ds) {
        HikariDataSource pool = new HikariDataSource();
        pool.setDataSource(ds);
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(1);
        synchronized (CLEANUP) {
            CLEANUP.add(0, pool::close);
        }
        return pool;
    }

    private static synchronized String postgresUrl() {
        String url = env(POSTGRES_ENV);
        if (url != null) {
            return url;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres pg = embedded;
            synchronized (CLEANUP) {
                CLEANUP.add(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM ends anyway
                    }
                });
            }
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    private static DataSource postgres(String schema) throws SQLException {
        String url = postgresUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        onExit(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        return ds;
    }

    private static DataSource mariadb(String database) throws SQLException {
        String url = env(MARIADB_ENV);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
        }
        onExit(url, "DROP DATABASE IF EXISTS " + database);
        String own = url.replaceFirst("^(jdbc:mariadb://[^/?]+)/?[^?]*", "$1/" + database);
        MariaDbDataSource ds = new MariaDbDataSource();
        ds.setUrl(own);
        return ds;
    }

    private static void onExit(String url, String sql) {
        synchronized (CLEANUP) {
            CLEANUP.add(0, () -> {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    s.execute(sql);
                } catch (SQLException ignored) {
                    // best effort: a leftover schema has a unique name and harms nobody
                }
            });
        }
    }

    private static void cleanUp() {
        List<Runnable> tasks;
        synchronized (CLEANUP) {
            tasks = new ArrayList<>(CLEANUP);
            CLEANUP.clear();
        }
        tasks.forEach(Runnable::run);
    }

    /** @return the summary line of databases run and skipped */
    static String summary() {
        StringBuilder sb = new StringBuilder(String.format("%n[konvent-jdbc] databases:"));
        for (Kind k : Kind.values()) {
            sb.append(String.format(Locale.ROOT, "%n  %-16s %s", k.label,
                    STATUS.getOrDefault(k.label, "not used by the tests that ran")));
        }
        return sb.toString();
    }
}
