package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.research.ReportWriter;
import io.github.konvent.testing.SeedCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes every research analysis of the given catalogs as CSV, and the networks as GraphML. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Merges the given catalogs (the seeds when no --in is given), writes every analysis as CSV",
            "and the co-occurrence networks as GraphML into DIR, and prints a short summary."
        },
        footer = {"", "Example:", "  ./konvent report --in a.json --in b.ics --out report/"})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", description = "Input files in any supported format (repeatable).")
    List<Path> in = List.of();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder.")
    Path out;

    @Override
    public Integer call() {
        Map<String, Catalog> catalogs = new LinkedHashMap<>();
        if (in.isEmpty()) {
            catalogs.put("seeds", SeedCatalog.catalog());
        }
        for (Path file : in) {
            catalogs.put(file.toString(), Progress.reading(file, c -> CatalogFiles.read(file, c::add)));
        }
        ReportWriter.Summary summary = Progress.run("analysing", () -> ReportWriter.write(catalogs, out));
        spec.commandLine().getOut().println(summary.text());
        return Konvent.OK;
    }
}
