package io.github.konvent.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.web.StaticSite;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the portal's pages and feeds as a static site. */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the pages and feeds of 'konvent serve' as files (see docs/PORTAL.md), for CMSs that",
            "can only host files: events/<id>.html and .en.html, .ics, .json, .jsonld, schedule.json,",
            "series, people and organisation feeds, and an index."
        },
        footer = {"", "Example:", "  ./konvent db save && ./konvent site --out konvent-out/site"})
final class SiteCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Mixin
    DbCommand.Connection connection;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the site into.")
    Path out;

    @Override
    public Integer call() {
        try (HikariDataSource ds = ServeCommand.dataSource(connection, 2, "konvent-site")) {
            JdbcCatalogStore store = JdbcCatalogStore.create(ds);
            store.migrate();
            StaticSite.Summary s = Progress.run("writing", () -> StaticSite.write(store, out));
            boolean de = common.locale().getLanguage().equals("de");
            spec.commandLine().getOut().println((de ? "geschrieben: " : "written: ") + s.events()
                    + (de ? " Veranstaltungen, " : " events, ") + s.files() + (de ? " Dateien in " : " files in ") + out);
            return Konvent.OK;
        }
    }
}
