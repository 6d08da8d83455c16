package io.github.konvent.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.konvent.Catalog;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.StoreException;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.json.KonventJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Saves catalogs into a database and reads them back: H2 by default, PostgreSQL or MariaDB by URL. */
@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = {
            "Stores catalogs in a database: an embedded H2 file database in ./konvent-data/ by default,",
            "PostgreSQL or MariaDB with --jdbc-url. The schema is created or upgraded on first use."
        },
        footer = {"", "Examples:", "  ./konvent db save", "  ./konvent db list",
            "  ./konvent db show kommunen-innovativ-fachkonferenz-2018",
            "  ./konvent db list --jdbc-url jdbc:postgresql://127.0.0.1:5432/test --user postgres"},
        subcommands = {DbCommand.Save.class, DbCommand.ListEvents.class, DbCommand.Show.class})
final class DbCommand implements Runnable {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Connection options shared by the db commands. */
    static final class Connection {
        @Option(names = "--jdbc-url", paramLabel = "URL", description = "JDBC URL (default: an H2 file database in ./konvent-data/).")
        String url;

        @Option(names = "--user", paramLabel = "U", description = "Database user.")
        String user;

        @Option(names = "--password", paramLabel = "P", description = "Database password.")
        String password;

        /** @return the JDBC URL: the one given, or the default H2 file database */
        String url() {
            return url != null ? url : "jdbc:h2:file:" + Path.of("konvent-data").toAbsolutePath().resolve("konvent");
        }

        <T> T withStore(Function<JdbcCatalogStore, T> work) {
            checkUrl(url());
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url());
            if (user != null) {
                config.setUsername(user);
            }
            if (password != null) {
                config.setPassword(password);
            }
            config.setMaximumPoolSize(2);
            config.setPoolName("konvent-cli");
            HikariDataSource ds;
            try {
                ds = new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw new StoreException("cannot connect to " + redact(url()) + ": " + rootMessage(e), e);
            }
            try (ds) {
                JdbcCatalogStore store = JdbcCatalogStore.create(ds);
                store.migrate();
                return work.apply(store);
            }
        }
    }

    /** The URL schemes the tool can connect to. */
    static final String SCHEMES = "jdbc:h2:file:PATH, jdbc:h2:mem:NAME, jdbc:postgresql://HOST:PORT/DB "
            + "or jdbc:mariadb://HOST:PORT/DB";

    /**
     * Checks a JDBC URL before connecting: its scheme must be one the tool has a driver for, and
     * an H2 file database must lie in a folder that exists or can be created, and can be written.
     */
    static void checkUrl(String url) {
        String where = "--jdbc-url";
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:mariadb:")) {
            int colon = url.indexOf(':', url.indexOf(':') + 1);
            String scheme = colon > 0 ? url.substring(0, Math.min(colon + 1, 40)) : "'" + redact(url) + "'";
            throw new io.github.konvent.InputException(where, "a URL starting " + scheme, "a JDBC URL of H2, PostgreSQL "
                    + "or MariaDB: " + SCHEMES, null);
        }
        if (!lower.startsWith("jdbc:h2:")) {
            return;
        }
        String rest = url.substring("jdbc:h2:".length());
        int semi = rest.indexOf(';');
        String path = semi < 0 ? rest : rest.substring(0, semi);
        String lowerPath = path.toLowerCase(java.util.Locale.ROOT);
        if (lowerPath.startsWith("mem:") || lowerPath.startsWith("tcp:") || lowerPath.startsWith("ssl:")
                || lowerPath.startsWith("zip:")) {
            return;
        }
        if (lowerPath.startsWith("file:")) {
            path = path.substring(5);
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        if (path.isBlank()) {
            throw new io.github.konvent.InputException(where, "'" + url + "' without a file name",
                    "an H2 file database such as jdbc:h2:file:./konvent-data/konvent", null);
        }
        Path folder = Path.of(path).toAbsolutePath().getParent();
        Path existing = folder;
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !java.nio.file.Files.isDirectory(existing) || !java.nio.file.Files.isWritable(existing)) {
            throw new io.github.konvent.InputException(where + " '" + url + "'",
                    existing == null ? "no folder '" + folder + "'" : "'" + existing + "', which "
                            + (java.nio.file.Files.isDirectory(existing) ? "cannot be written" : "is not a folder"),
                    "an H2 file database in a folder that can be written (or created)", null);
        }
    }

    /** Hides a password given in a URL's parameters. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Saves a catalog (the seeds when --in is absent); saving again updates in place.",
            footer = {"", "Example:", "  ./konvent db save --in catalog.json"})
    static final class Save implements Callable<Integer> {
        @Mixin
        Konvent.Common common;

        @Mixin
        Connection connection;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--in", paramLabel = "FILE", description = "Input file in any supported format.")
        Path in;

        @Override
        public Integer call() {
            Catalog catalog = Progress.reading(in, c -> CatalogFiles.readOrSeeds(in, c::add));
            Catalog saved = connection.withStore(store -> Progress.run("saving", () -> store.replace(catalog)));
            boolean de = common.locale().getLanguage().equals("de");
            spec.commandLine().getOut().println((de ? "gespeichert: " : "saved: ") + saved.events().size()
                    + (de ? " Veranstaltungen, " : " events, ") + saved.sessionCount()
                    + (de ? " Programmpunkte" : " sessions"));
            return Konvent.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the stored events by date.",
            footer = {"", "Example:", "  ./konvent db list"})
    static final class ListEvents implements Callable<Integer> {
        @Mixin
        Konvent.Common common;

        @Mixin
        Connection connection;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Catalog catalog = connection.withStore(store -> Progress.run("loading", store::load));
            PrintWriter out = spec.commandLine().getOut();
            catalog.events().stream()
                    .sorted(java.util.Comparator.comparing((Event e) -> e.startDate().map(Object::toString).orElse("?"))
                            .thenComparing(e -> e.id().value()))
                    .forEach(e -> out.println(fit(String.format("%-10s  %-45s  %s",
                            e.startDate().map(Object::toString).orElse(e.year().map(String::valueOf).orElse("?")),
                            e.id(), e.title()))));
            out.flush();
            return Konvent.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints one stored event with what it refers to, as Konvent JSON (public contact data only).",
            footer = {"", "Example:", "  ./konvent db show kommunen-innovativ-online-2020"})
    static final class Show implements Callable<Integer> {
        @Mixin
        Konvent.Common common;

        @Mixin
        Connection connection;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The event's id.")
        String id;

        @Override
        public Integer call() {
            Catalog catalog = connection.withStore(JdbcCatalogStore::load);
            EventId event = eventId(catalog, id);
            spec.commandLine().getOut().println(KonventJson.publishEvent(catalog, event));
            return Konvent.OK;
        }
    }

    /** Shortens a line to {@link Konvent#WIDTH} columns, ending it with an ellipsis. */
    static String fit(String line) {
        return line.length() <= Konvent.WIDTH ? line : line.substring(0, Konvent.WIDTH - 1) + "…";
    }

    /** Finds the event that the {@code ID} argument of {@code db show} names. */
    static EventId eventId(Catalog catalog, String text) {
        java.util.Optional<Event> found;
        try {
            found = catalog.event(EventId.of(text));
        } catch (io.github.konvent.KonventException e) {
            found = java.util.Optional.empty();
        }
        if (found.isEmpty()) {
            throw new io.github.konvent.InputException("the argument ID '" + text + "'", "no stored event of that id",
                    "one of the stored events, e.g. " + catalog.events().stream().map(Event::id).map(EventId::value)
                            .limit(3).toList() + " (see ./konvent db list)", null);
        }
        return EventId.of(text);
    }
}
