package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.json.KonventJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts a file in any supported format into Konvent JSON. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Reads FILE (iCalendar, c3voc schedule.json, Konvent JSON or JSON Lines, recognised by content)",
            "and writes it as Konvent JSON; to standard output when --out is absent."
        },
        footer = {"", "Example:", "  ./konvent import pretalx-export.json --out catalog.json"})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = Progress.reading(file, c -> CatalogFiles.read(file, c::add));
        String json = KonventJson.write(catalog);
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, json, StandardCharsets.UTF_8);
            boolean de = common.locale().getLanguage().equals("de");
            spec.commandLine().getOut().println((de ? "importiert: " : "imported: ") + catalog.events().size()
                    + (de ? " Veranstaltungen, " : " events, ") + catalog.sessionCount()
                    + (de ? " Programmpunkte → " : " sessions → ") + out);
        }
        return Konvent.OK;
    }
}
