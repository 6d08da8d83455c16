package io.github.konvent.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.konvent.StoreException;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.web.PortalServer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the stored catalog read-only over HTTP: programme pages, JSON, JSON-LD and calendar feeds. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the stored catalog read-only over HTTP (see docs/PORTAL.md): /events, /events/{id}",
            "(HTML, .json, .jsonld, .ics), /events/{id}/schedule.json, /series/{id} and .ics,",
            "/organizations/{id}.ics, /people/{id}. Binds to 127.0.0.1 unless --host says otherwise."
        },
        footer = {"", "Examples:", "  ./konvent db save && ./konvent serve --port 8080",
            "  ./konvent serve --jdbc-url jdbc:postgresql://127.0.0.1:5432/test --user postgres"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Mixin
    DbCommand.Connection connection;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--pool", defaultValue = "8", description = "Database connections (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--cancelled-days", defaultValue = "90",
            description = "Days a removed session stays in feeds as cancelled (default: ${DEFAULT-VALUE}).")
    int cancelledDays;

    @Option(names = "--recheck-ms", defaultValue = "1000",
            description = "Milliseconds an event's revision, once read, is reused before the database is asked again; "
                    + "0 asks for every request (default: ${DEFAULT-VALUE}).")
    long recheckMillis;

    @Override
    public Integer call() throws InterruptedException {
        if (recheckMillis < 0) {
            throw new io.github.konvent.InputException("--recheck-ms", Long.toString(recheckMillis),
                    "0 or more milliseconds", null);
        }
        HikariDataSource ds = dataSource(connection, pool, "konvent-serve");
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        store.migrate();
        PortalServer server = PortalServer.start(store, host, port, Clock.systemUTC(), Duration.ofDays(cancelledDays),
                Duration.ofMillis(recheckMillis));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ds.close();
            stopped.countDown();
        }, "konvent-serve-stop"));
        boolean de = common.locale().getLanguage().equals("de");
        spec.commandLine().getOut().println((de ? "Portal läuft auf " : "portal running at ") + "http://" + host + ":"
                + server.port() + "/events" + (de ? "  (Strg-C beendet)" : "  (Ctrl-C stops)"));
        spec.commandLine().getOut().flush();
        stopped.await();
        return Konvent.OK;
    }

    static HikariDataSource dataSource(DbCommand.Connection connection, int pool, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(connection.url());
        if (connection.user != null) {
            config.setUsername(connection.user);
        }
        if (connection.password != null) {
            config.setPassword(connection.password);
        }
        config.setMaximumPoolSize(Math.max(1, pool));
        config.setPoolName(name);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + connection.url() + ": " + e.getMessage(), e);
        }
    }
}
