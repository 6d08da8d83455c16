package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.json.KonventJson;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Notice;
import io.github.konvent.spi.ReadResult;
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

/** Converts a file in any readable format into Konvent JSON. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Reads FILE in any readable format (see `konvent formats`; recognised by content unless",
            "--format names one) and writes it as Konvent JSON; to standard output when --out is absent.",
            "What the reader noticed (e.g. a time zone that contradicts the offsets) goes to standard error."
        },
        footer = {"", "Example:", "  ./konvent import pretalx-export.json --out catalog.json"})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "NAME", description = "Read FILE in this format instead of recognising it.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ReadResult result = Progress.run("importing", () -> CatalogFiles.read(file,
                format == null ? null : CatalogFiles.format(format), FormatOptions.builder().locale(common.locale()).build()));
        printNotices(result, common, spec);
        Catalog catalog = result.catalog();
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

    static void printNotices(ReadResult result, Konvent.Common common, picocli.CommandLine.Model.CommandSpec spec) {
        for (Notice n : result.notices()) {
            String level = n.level() == Notice.Level.WARNING
                    ? (common.locale().getLanguage().equals("de") ? "Warnung: " : "warning: ") : "";
            spec.commandLine().getErr().println(level + n.message(common.locale()));
        }
        spec.commandLine().getErr().flush();
    }
}
