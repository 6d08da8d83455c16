package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.ScheduleReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads a file in any supported format and checks every scheduling rule. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Reads FILE in any readable format (see `konvent formats`; recognised by content unless",
            "--format names one; the seed catalog when none is given) and checks every scheduling rule.",
            "Exit code 0: no error-level finding; 1: errors found; 2: FILE cannot be read."
        },
        footer = {"", "Example:", "  ./konvent validate konvent-out/catalog.json"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The file to check.")
    Path file;

    @picocli.CommandLine.Option(names = "--format", paramLabel = "NAME", description = "Read FILE in this format instead of recognising it.")
    String format;

    @Override
    public Integer call() {
        var locale = common.locale();
        Catalog catalog;
        if (file == null) {
            catalog = Progress.run("reading", () -> CatalogFiles.readOrSeeds(null));
        } else {
            io.github.konvent.spi.CatalogFormat chosen = format == null ? null : CatalogFiles.format(format);
            var options = io.github.konvent.spi.FormatOptions.builder().locale(locale).build();
            var result = Progress.reading(file, c -> CatalogFiles.read(file, chosen, options, c::add));
            ImportCommand.printNotices(result, common, spec);
            catalog = result.catalog();
        }
        ScheduleReport report = Progress.run("checking", () -> RuleSet.defaults().check(catalog));
        Findings.print(report, locale, spec.commandLine().getOut());
        return report.isValid() ? Konvent.OK : Konvent.FINDINGS;
    }
}
