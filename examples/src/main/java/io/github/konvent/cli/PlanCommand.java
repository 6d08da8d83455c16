package io.github.konvent.cli;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.examples.CatalogFiles;
import io.github.konvent.json.KonventJson;
import io.github.konvent.solver.Finding;
import io.github.konvent.solver.Move;
import io.github.konvent.solver.PlanResult;
import io.github.konvent.solver.Planner;
import io.github.konvent.solver.PlanningOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Plans (or re-plans) the programme of one event with konvent-solver. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Places the sessions of an event that have no start (with --from-scratch: every session",
            "not pinned) into days, times and rooms so that the scheduling rules find no error, and",
            "writes the plan as Konvent JSON. Progress (best score, time) goes to standard error.",
            "With --replan-from, moving a session of the published version costs: only what must move moves.",
            "Exit code 0: every session placed; 1: sessions left unplaced or errors remain; 2: unreadable input."
        },
        footer = {"", "Example:", "  ./konvent plan --in draft.json --out plan.json --seconds 30"})
final class PlanCommand implements Callable<Integer> {
    @Mixin
    Konvent.Common common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The draft, in any supported format.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the plan (Konvent JSON).")
    Path out;

    @Option(names = "--event", paramLabel = "ID", description = "The event to plan (required when the input has several).")
    String event;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "N",
            description = "How long to search (default: ${DEFAULT-VALUE}).")
    long seconds;

    @Option(names = "--replan-from", paramLabel = "FILE", description = "The published version: moving its sessions costs.")
    Path replanFrom;

    @Option(names = "--from-scratch", description = "Treat every session that is not pinned as unplaced.")
    boolean fromScratch;

    @Option(names = "--with-private-contacts", description = "Keep contact data not marked public in the output.")
    boolean withPrivateContacts;

    @Override
    public Integer call() throws IOException {
        Locale locale = common.locale();
        if (seconds < 1) {
            throw new InputException("--seconds", Long.toString(seconds), "a number of seconds of at least 1", null);
        }
        Catalog catalog = Progress.run("reading", () -> CatalogFiles.read(in));
        Event draft = pick(catalog, event, "--in");
        Optional<Event> published = Optional.empty();
        if (replanFrom != null) {
            Catalog before = Progress.run("reading", () -> CatalogFiles.read(replanFrom));
            published = Optional.of(before.event(draft.id()).orElseThrow(() -> new InputException("--replan-from",
                    "no event '" + draft.id() + "'", "the published version of the event to plan", null)));
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        PlanningOptions options = PlanningOptions.defaults().withSpentLimit(Duration.ofSeconds(seconds))
                .withFromScratch(fromScratch);
        long[] lastPrint = {-1_000};
        PlanResult result = Planner.of(options).plan(draft, catalog, published, p -> {
            long ms = p.elapsed().toMillis();
            if (ms - lastPrint[0] >= 500) {
                lastPrint[0] = ms;
                err.printf(Locale.ROOT, "[%6.1f s] best %s%n", ms / 1000.0, p.score());
                err.flush();
            }
        });
        err.printf(Locale.ROOT, "[%6.1f s] final %s%n", result.spent().toMillis() / 1000.0, result.score());
        boolean de = "de".equals(locale.getLanguage());
        outText.println((de ? "Ergebnis: " : "Result: ") + summary(result, de));
        for (Move m : result.moves()) {
            switch (m.kind()) {
                case MOVED, MOVED_DAY -> outText.println("  " + m.kind() + " " + m.session() + ": " + m.from() + " -> " + m.to());
                case UNPLACED -> outText.println("  UNPLACED " + m.session() + (m.from().equals("-") ? "" : " (was " + m.from() + ")"));
                default -> { }
            }
        }
        int shown = 0;
        for (Finding f : result.penalties()) {
            if (shown++ == 10) {
                outText.println("  … " + (result.penalties().size() - 10) + (de ? " weitere" : " more"));
                break;
            }
            outText.println("  [" + f.constraint() + " -" + f.penalty() + "] " + f.message(locale));
        }
        if (result.plan().isEmpty()) {
            outText.println(de ? "Die Regeln finden noch Fehler; kein Plan geschrieben:" : "The rules still find errors; no plan written:");
            Findings.print(result.report(), locale, outText);
            outText.flush();
            return Konvent.FINDINGS;
        }
        String json = withPrivateContacts ? KonventJson.write(result.catalog()) : KonventJson.publish(result.catalog());
        Files.writeString(out, json, StandardCharsets.UTF_8);
        outText.flush();
        return result.unplaced().isEmpty() ? Konvent.OK : Konvent.FINDINGS;
    }

    private static String summary(PlanResult r, boolean de) {
        return r.count(Move.Kind.PLACED) + (de ? " eingeplant, " : " placed, ")
                + r.count(Move.Kind.UNCHANGED) + (de ? " unverändert, " : " unchanged, ")
                + r.count(Move.Kind.MOVED) + (de ? " verschoben, " : " moved, ")
                + r.count(Move.Kind.MOVED_DAY) + (de ? " auf einen anderen Tag verschoben, " : " moved to another day, ")
                + r.count(Move.Kind.UNPLACED) + (de ? " nicht eingeplant, " : " unplaced, ")
                + (r.count(Move.Kind.PINNED) + r.count(Move.Kind.FIXED)) + (de ? " fest; Punktzahl " : " fixed; score ")
                + r.score();
    }

    static Event pick(Catalog catalog, String id, String option) {
        if (id != null) {
            return catalog.event(ExportCommand.eventId(catalog, id)).orElseThrow();
        }
        if (catalog.events().size() != 1) {
            throw new InputException("--event", "no event id for " + option + " with " + catalog.events().size() + " events",
                    "--event ID: the event to plan", null);
        }
        return catalog.events().get(0);
    }
}
