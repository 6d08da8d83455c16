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
            "Reads FILE (Konvent JSON, JSON Lines, iCalendar or c3voc schedule.json, recognised by",
            "content; the seed catalog when none is given) and checks every scheduling rule.",
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

    @Override
    public Integer call() {
        var locale = common.locale();
        Catalog catalog = Progress.reading(file, c -> CatalogFiles.readOrSeeds(file, c::add));
        ScheduleReport report = Progress.run("checking", () -> RuleSet.defaults().check(catalog));
        Findings.print(report, locale, spec.commandLine().getOut());
        return report.isValid() ? Konvent.OK : Konvent.FINDINGS;
    }
}
