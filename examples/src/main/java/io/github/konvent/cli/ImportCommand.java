package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.json.KonventJson;
import io.github.konvent.spi.CatalogFormat;
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
        footer = {"", "Examples:", "  ./konvent import pretalx-export.json --out catalog.json",
            "  ./konvent import programm.pdf --year 2017 --out catalog.json --review review.txt"})
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

    @Option(names = "--year", paramLabel = "YEAR",
            description = "For announcement text (text, html, pdf): the year of dates that name none.")
    Integer year;

    @Option(names = "--source-url", paramLabel = "URL",
            description = "For announcement text: the page the text comes from, kept with every fact.")
    String sourceUrl;

    @Option(names = "--option", paramLabel = "KEY=VALUE",
            description = "A format option, e.g. grouping=programme for iCalendar (see docs/FORMATS.md).")
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();

    @Option(names = "--review", paramLabel = "FILE",
            description = "Writes what the reader found uncertain or contradictory, in German and English.")
    Path review;

    @Override
    public Integer call() throws IOException {
        FormatOptions.Builder options = FormatOptions.builder().locale(common.locale()).putAllExtra(this.options);
        if (year != null) {
            options.putExtra("year", year.toString());
        }
        if (sourceUrl != null) {
            options.putExtra("source-url", sourceUrl);
        }
        FormatOptions formatOptions = options.build();
        CatalogFormat chosen = format == null ? null : CatalogFiles.format(format);
        ReadResult result = Progress.reading(file, c -> CatalogFiles.read(file, chosen, formatOptions, c::add));
        printNotices(result, common, spec);
        if (review != null) {
            try (java.io.Writer w = Files.newBufferedWriter(review, StandardCharsets.UTF_8)) {
                io.github.konvent.text.Review.write(result.notices(), w);
            }
        }
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
