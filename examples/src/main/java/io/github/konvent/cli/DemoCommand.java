package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.json.KonventJson;
import io.github.konvent.json.ScheduleJson;
import io.github.konvent.json.SchemaOrg;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.ScheduleReport;
import io.github.konvent.testing.SeedCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.h2.jdbcx.JdbcDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The main job on the embedded default: the five seed events checked, exported and stored. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Loads the five seed events, checks every scheduling rule and prints the findings,",
            "writes catalog.json, seeds.ics, seeds.jsonld and schedule-<event id>.json into DIR,",
            "saves everything into an embedded H2 database in DIR and prints a summary."
        },
        footer = {"", "Example:", "  ./konvent demo --out konvent-out --lang de"})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "konvent-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        var locale = common.locale();
        boolean de = locale.getLanguage().equals("de");
        Catalog catalog = SeedCatalog.catalog();

        ScheduleReport report = RuleSet.defaults().check(catalog);
        stdout.println(de ? "Prüfung der Programme (alle Regeln):" : "Checking the programmes (every rule):");
        Findings.print(report, locale, stdout);

        Files.createDirectories(out);
        write(out.resolve("catalog.json"), KonventJson.publish(catalog));
        write(out.resolve("seeds.ics"), KonventICal.create().exportCatalog(catalog));
        write(out.resolve("seeds.jsonld"), SchemaOrg.catalog(catalog));
        int schedules = 0;
        for (Event e : catalog.events()) {
            write(out.resolve("schedule-" + e.id() + ".json"), ScheduleJson.export(catalog, e.id()));
            schedules++;
        }

        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + out.toAbsolutePath().resolve("konvent-db") + ";AUTO_SERVER=FALSE");
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        store.migrate();
        store.deleteAll();
        store.save(catalog);
        int stored = store.load().events().size();

        stdout.println();
        stdout.println(de ? "Geschrieben nach " + out + ":" : "Written to " + out + ":");
        stdout.println("  catalog.json, seeds.ics, seeds.jsonld, " + schedules + " × schedule-<event>.json, konvent-db.mv.db");
        stdout.println();
        Table.of(de ? new String[] {"Veranstaltungen", "Programmpunkte", "Personen", "Organisationen", "Projekte",
                                "Befunde (Fehler/Warnungen/Hinweise)", "in H2 gespeichert"}
                        : new String[] {"events", "sessions", "people", "organisations", "projects",
                                "findings (errors/warnings/notes)", "events stored in H2"},
                        new String[] {
                            String.valueOf(catalog.events().size()),
                            String.valueOf(catalog.sessionCount()),
                            String.valueOf(catalog.people().size()),
                            String.valueOf(catalog.organizations().size()),
                            String.valueOf(catalog.projects().size()),
                            report.errors().size() + "/" + report.warnings().size() + "/" + report.infos().size(),
                            String.valueOf(stored)
                        })
                .print(stdout);
        return Konvent.OK;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
