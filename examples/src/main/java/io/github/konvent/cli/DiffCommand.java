package io.github.konvent.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.id.EventId;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.version.ProgrammeDiff;
import io.github.konvent.version.ProgrammeHistory;
import io.github.konvent.version.ProgrammeVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists what changed in programmes: between two catalog files, or between stored programme versions. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Lists moved, re-timed, re-roomed, added, cancelled and removed sessions and changed people:",
            "between two catalog files (any supported format), or, with --event and --versions, between",
            "programme versions the database recorded. Exit code 0 when nothing changed, 1 otherwise."
        },
        footer = {"", "Examples:", "  ./konvent diff old.json new.json --lang de",
            "  ./konvent diff --event kommunen-innovativ-online-2020 --versions 1..3"})
final class DiffCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Mixin
    DbCommand.Connection connection;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "The older and the newer catalog file.")
    List<Path> files = List.of();

    @Option(names = "--event", paramLabel = "ID", description = "Only this event.")
    String event;

    @Option(names = "--versions", paramLabel = "FROM..TO",
            description = "Stored programme versions to compare, e.g. 1..3 (default: the last change).")
    String versions;

    @Override
    public Integer call() {
        Locale locale = common.locale();
        boolean de = locale.getLanguage().equals("de");
        PrintWriter out = spec.commandLine().getOut();
        int changed;
        if (files.size() == 2) {
            changed = files(CatalogFiles.read(files.get(0)), CatalogFiles.read(files.get(1)), locale, de, out);
        } else if (files.isEmpty() && event != null) {
            changed = stored(EventId.of(event), locale, de, out);
        } else {
            throw new InputException("diff arguments", files.size() + " file(s)" + (event == null ? "" : " and --event"),
                    "two catalog files, or --event ID for stored versions", null);
        }
        out.flush();
        return changed == 0 ? Konvent.OK : Konvent.FINDINGS;
    }

    private int files(Catalog before, Catalog after, Locale locale, boolean de, PrintWriter out) {
        int changed = 0;
        for (Event e : after.events()) {
            if (event != null && !e.id().value().equals(event)) {
                continue;
            }
            if (before.event(e.id()).isEmpty()) {
                out.println((de ? "Neue Veranstaltung: " : "New event: ") + e.title() + " (" + e.id() + ")");
                changed++;
                continue;
            }
            ProgrammeDiff d = ProgrammeDiff.of(before, after, e.id());
            if (!d.isEmpty()) {
                out.println("== " + e.title() + " (" + e.id() + ")");
                d.lines(locale, after).forEach(l -> out.println("  " + l));
                changed += d.changes().size() + d.changedPeople().size();
            }
        }
        for (Event e : before.events()) {
            if ((event == null || e.id().value().equals(event)) && after.event(e.id()).isEmpty()) {
                out.println((de ? "Veranstaltung entfernt: " : "Event removed: ") + e.title() + " (" + e.id() + ")");
                changed++;
            }
        }
        if (changed == 0) {
            out.println(de ? "Keine Änderungen." : "No changes.");
        }
        return changed;
    }

    private int stored(EventId id, Locale locale, boolean de, PrintWriter out) {
        try (HikariDataSource ds = ServeCommand.dataSource(connection, 2, "konvent-diff")) {
            JdbcCatalogStore store = JdbcCatalogStore.create(ds);
            store.migrate();
            ProgrammeHistory h = store.loadProgrammeHistory(id).orElseThrow(() -> new InputException("--event",
                    "'" + id + "'", "an event stored with programme versions", null));
            long to = h.current();
            long from = Math.max(1, to - 1);
            if (versions != null) {
                String[] p = versions.split("\\.\\.", -1);
                try {
                    from = Long.parseLong(p[0]);
                    to = p.length > 1 ? Long.parseLong(p[1]) : h.current();
                } catch (NumberFormatException e) {
                    throw new InputException("--versions", "'" + versions + "'", "FROM..TO, e.g. 1..3", e);
                }
            }
            Catalog names = store.loadEventWithPeople(id)
                    .map(ewp -> {
                        // only names are needed: people without their affiliations, so nothing dangles
                        Catalog.Builder b = Catalog.builder();
                        ewp.people().forEach(p -> b.addPeople(p.withAffiliations(List.of())));
                        ewp.event().venue().flatMap(store::loadVenue).ifPresent(b::addVenues);
                        return b.build();
                    }).orElse(Catalog.empty());
            int changed = 0;
            out.println((de ? "Programmversionen " : "Programme versions ") + from + " → " + to + " (" + id + ")");
            for (ProgrammeVersion v : h.versions()) {
                if (v.version() <= from || v.version() > to) {
                    continue;
                }
                out.println("== " + (de ? "Version " : "version ") + v.version() + " (" + v.savedAt() + ")");
                ProgrammeDiff.builder().event(id).changes(v.changes()).build().lines(locale, names)
                        .forEach(l -> out.println("  " + l));
                changed += v.changes().size();
            }
            if (changed == 0) {
                out.println(de ? "Keine Änderungen." : "No changes.");
            }
            return changed;
        }
    }
}
