package io.github.konvent.solver;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.people.Contribution;
import io.github.konvent.schedule.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The solver benchmarks of docs/performance/solver.md; not a test (run by hand, see there).
 * Arguments: {@code small [seconds]}, {@code replan [seconds [re-plan seconds [published moves]]]} or
 * {@code large [seconds]}.
 */
final class SolverBenchmark {
    private SolverBenchmark() {}

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "small";
        switch (which) {
            case "small" -> small(args.length > 1 ? Long.parseLong(args[1]) : 30);
            case "replan" -> replan(args.length > 1 ? Long.parseLong(args[1]) : 30, args.length > 2 ? Long.parseLong(args[2]) : 5,
                    args.length > 3 ? Long.parseLong(args[3]) : PUBLISHED_MOVES);
            case "large" -> large(args.length > 1 ? Long.parseLong(args[1]) : 120);
            default -> throw new IllegalArgumentException("found " + which + ", expected small, replan or large");
        }
    }

    /** A new best plan and the CPU time the solving thread had used by then. */
    record Sample(Progress progress, Duration cpu) {}

    record Run(PlanResult result, List<Sample> samples, Duration cpu) {
        List<Progress> progress() {
            return samples.stream().map(Sample::progress).toList();
        }

        Optional<Sample> firstHardFree() {
            return samples.stream().filter(x -> x.progress().hardFree()).findFirst();
        }

        Optional<Sample> firstComplete() {
            return samples.stream().filter(x -> x.progress().score().startsWith("0hard/0medium")).findFirst();
        }
    }

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Run run(Catalog c, Event e, Optional<Event> published, long seconds) {
        List<Sample> samples = new ArrayList<>();
        // the solver runs on this thread and reports progress on it
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        PlanResult r = Planner.of(PlanningOptions.defaults().withSpentLimit(Duration.ofSeconds(seconds)))
                .plan(e, c, published, p -> samples.add(new Sample(p,
                        Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu0))));
        return new Run(r, samples, Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu0));
    }

    static String load() {
        try {
            return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")),
                    java.nio.charset.StandardCharsets.US_ASCII).trim();
        } catch (java.io.IOException | RuntimeException x) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static void print(String name, Run run, int sessions) {
        PlanResult r = run.result();
        System.out.println("== " + name);
        System.out.println("load average: " + load());
        System.out.println("time to 0 hard (wall / cpu): " + run.firstHardFree().map(x -> secs(x.progress().elapsed()) + " / "
                + secs(x.cpu()) + " (" + x.progress().score() + ")").orElse("never"));
        System.out.println("time to 0 hard and 0 unplaced (wall / cpu): " + run.firstComplete().map(x -> secs(x.progress().elapsed())
                + " / " + secs(x.cpu())).orElse("never"));
        System.out.println("final score: " + r.score() + " after " + secs(r.spent()) + " wall, " + secs(run.cpu())
                + " cpu (solve + check + explain)");
        System.out.println("rules: " + r.report().errors().size() + " errors, " + r.report().warnings().size() + " warnings; plan returned: "
                + r.plan().isPresent() + "; unplaced: " + r.unplaced().size());
        System.out.println("placed " + r.count(Move.Kind.PLACED) + ", unchanged " + r.count(Move.Kind.UNCHANGED) + ", moved "
                + r.count(Move.Kind.MOVED) + ", moved day " + r.count(Move.Kind.MOVED_DAY) + String.format(Locale.ROOT,
                        " (%.1f %% of %d moved)", 100.0 * (r.count(Move.Kind.MOVED) + r.count(Move.Kind.MOVED_DAY)) / sessions, sessions));
        java.util.Map<String, Long> byConstraint = new java.util.TreeMap<>();
        r.penalties().forEach(f -> byConstraint.merge(f.constraint(), f.penalty(), Long::sum));
        System.out.println("soft penalties by constraint: " + byConstraint);
        System.out.println("progress (wall, cpu, best score):");
        long next = 0;
        for (int i = 0; i < run.samples().size(); i++) {
            Sample x = run.samples().get(i);
            Progress p = x.progress();
            boolean last = i == run.samples().size() - 1;
            if (p.elapsed().toMillis() >= next || last) {
                System.out.println("  " + secs(p.elapsed()) + "  " + secs(x.cpu()) + "  " + p.score());
                next = Math.max(next * 2, 500);
                while (next <= p.elapsed().toMillis()) {
                    next *= 2;
                }
            }
        }
    }

    static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static Run small(long seconds) {
        Catalog c = Conferences.generate(42, 200, 10, 3, 60, 0.2);
        Run run = run(c, Conferences.event(c), Optional.empty(), seconds);
        print("200 sessions, 10 rooms, 3 days, 60 speakers (20 % unavailable for a half-day), " + seconds + " s", run, 200);
        return run;
    }

    /** Evaluated moves for the published version of the re-plan: repeatable, unlike a time limit. */
    static final long PUBLISHED_MOVES = 100_000;

    static void replan(long seconds, long replanSeconds, long publishedMoves) {
        Catalog c0 = Conferences.generate(42, 200, 10, 3, 60, 0.2);
        List<Sample> samples = new ArrayList<>();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        PlanResult r0 = Planner.of(PlanningOptions.defaults().withSpentLimit(Duration.ofSeconds(seconds))
                .withMoveLimit(publishedMoves)).plan(Conferences.event(c0), c0, Optional.empty(),
                        p -> samples.add(new Sample(p, Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu0))));
        Run first = new Run(r0, samples, Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu0));
        print("published version: 200 sessions, " + publishedMoves + " moves (at most " + seconds + " s)", first, 200);
        Event published = first.result().event();
        // the speaker with the most sessions cancels; the speaker whose sessions clash most with theirs takes over
        java.util.Map<PersonId, Integer> load = new java.util.HashMap<>();
        for (Session s : published.programme()) {
            s.contributions().forEach(k -> load.merge(k.person(), 1, Integer::sum));
        }
        PersonId x = load.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        PersonId y = load.keySet().stream().filter(p -> !p.equals(x)).max(java.util.Comparator.comparingInt(
                p -> clashes(published, x, p))).orElseThrow();
        List<Session> programme = new ArrayList<>();
        for (Session s : published.programme()) {
            if (s.contributions().stream().anyMatch(k -> k.person().equals(x))) {
                List<Contribution> who = new ArrayList<>();
                for (Contribution k : s.contributions()) {
                    Contribution n = k.person().equals(x) ? k.withPerson(y) : k;
                    if (who.stream().noneMatch(w -> w.person().equals(n.person()))) {
                        who.add(n);
                    }
                }
                programme.add(s.withContributions(who));
            } else {
                programme.add(s);
            }
        }
        Event draft = published.withProgramme(programme);
        Catalog c = first.result().catalog();
        System.out.println("speaker " + x + " (" + load.get(x) + " sessions) cancels; " + y + " takes over, clashes: "
                + clashes(published, x, y) + "; errors of the draft: "
                + RuleSet.defaults().check(draft, c.withEventPut(draft)).errors().size());
        Run again = run(c, draft, Optional.of(published), replanSeconds);
        print("re-plan after one speaker cancels, " + replanSeconds + " s", again, 200);
    }

    static int clashes(Event e, PersonId x, PersonId y) {
        int n = 0;
        for (Session a : e.programme()) {
            if (a.start().isEmpty() || a.contributions().stream().noneMatch(k -> k.person().equals(x))) {
                continue;
            }
            for (Session b : e.programme()) {
                if (b.start().isPresent() && b.day() == a.day() && b.contributions().stream().anyMatch(k -> k.person().equals(y))
                        && b.start().get().isBefore(a.end().get()) && a.start().get().isBefore(b.end().get())) {
                    n++;
                }
            }
        }
        return n;
    }

    static void large(long seconds) {
        Catalog c = Conferences.generate(7, 1000, 30, 5, 300, 0.2);
        print("1,000 sessions, 30 rooms, 5 days, 300 speakers, " + seconds + " s", run(c, Conferences.event(c), Optional.empty(), seconds),
                1000);
    }
}
