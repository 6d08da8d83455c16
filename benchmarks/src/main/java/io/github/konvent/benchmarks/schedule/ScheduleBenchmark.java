package io.github.konvent.benchmarks.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.schedule.CatalogChecker;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.ScheduleChange;
import io.github.konvent.schedule.ScheduleReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * All default scheduling rules on the synthetic M and L catalogs, against the lower bound of any
 * overlap check in the same run: sorting the same intervals, packed one per {@code long} (start
 * epoch second in the high 32 bits, length in the low 32), with {@link Arrays#sort(long[])}.
 *
 * <ul>
 *   <li>{@code allDefaultRules}: a check of a catalog that has been checked before, so that its
 *       columnar view is kept with it (the usual case: a catalog is checked again with other
 *       rules, or by several readers);
 *   <li>{@code allDefaultRulesFirstCheck}: the first check of a fresh, equal catalog, which builds
 *       the view (the copy is made outside the measured time);
 *   <li>{@code replaceOneEvent}: a {@link CatalogChecker} of the catalog answers what replacing one
 *       event of 50 sessions (one session moved by 15 minutes, another given a speaker of another
 *       event) changes;
 *   <li>{@code baselineSortPackedIntervals}: the baseline.
 * </ul>
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ScheduleBenchmark -f 2 -wi 3 -i 5 -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ScheduleBenchmark {
    /** M = 50,000 sessions, L = 500,000. */
    @Param({"50000", "500000"})
    public int sessions;

    private Catalog catalog;
    private long[] packed;
    private long[] work;
    private final RuleSet rules = RuleSet.defaults();
    private CatalogChecker checker;
    private Event edited;

    /** Builds the catalog, packs its intervals, checks it once and prepares the edit. */
    @Setup(Level.Trial)
    public void setUp() {
        catalog = Catalogs.generate(42L, sessions);
        long[] out = new long[catalog.sessionCount()];
        int n = 0;
        for (Event e : catalog.events()) {
            for (Session s : e.programme()) {
                if (e.startOf(s).isPresent() && e.endOf(s).isPresent()) {
                    long start = e.startOf(s).get().atZone(e.zone()).toEpochSecond();
                    long end = e.endOf(s).get().atZone(e.zone()).toEpochSecond();
                    out[n++] = (start << 32) | (end - start);
                }
            }
        }
        packed = Arrays.copyOf(out, n);
        work = new long[n];
        long before = usedHeap();
        ScheduleReport report = rules.check(catalog);
        int violations = report.violations().size();
        int errors = report.errors().size();
        report = null;
        long kept = usedHeap() - before;
        System.out.println("# " + Catalogs.source() + ": " + catalog.sessionCount() + " sessions, " + n + " timed, " + violations
                + " violations (" + errors + " errors); kept with the catalog after the first check: " + kept
                + " bytes = " + (kept / Math.max(1, catalog.sessionCount())) + " bytes per session");
        checker = rules.checker(catalog);
        edited = edit(catalog);
        ScheduleChange change = checker.replace(edited);
        System.out.println("# replacing " + edited.id() + " (" + edited.programme().size() + " sessions): " + change);
    }

    /** A fresh catalog equal to the benchmark's, without its kept view, for each invocation. */
    @State(Scope.Thread)
    public static class Fresh {
        Catalog catalog;

        /**
         * Copies the benchmark's catalog (outside the measured time).
         *
         * @param benchmark the benchmark's state
         */
        @Setup(Level.Invocation)
        public void copy(ScheduleBenchmark benchmark) {
            catalog = Catalog.builder().from(benchmark.catalog).build();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** @return an event from the middle of the catalog with one session moved and a speaker of another event added to another */
    static Event edit(Catalog catalog) {
        Event e = catalog.events().get(catalog.events().size() / 2);
        Event other = catalog.events().get(catalog.events().size() / 2 + 1);
        List<Session> programme = new ArrayList<>(e.programme());
        Session s = programme.get(10);
        programme.set(10, Session.builder().from(s).start(s.start().orElseThrow().plusMinutes(15))
                .end(s.end().orElseThrow().plusMinutes(15)).build());
        Contribution guest = other.programme().stream().flatMap(x -> x.contributions().stream()).findFirst().orElseThrow();
        Session t = programme.get(20);
        programme.set(20, Session.builder().from(t).addContributions(Contribution.of(guest.person(), ContributionRole.SPEAKER)).build());
        return e.withProgramme(programme);
    }

    /** @return a copy of the packed intervals, unsorted */
    long[] packed() {
        return packed.clone();
    }

    /** @return the sorted copy: the baseline */
    @Benchmark
    public long[] baselineSortPackedIntervals() {
        System.arraycopy(packed, 0, work, 0, packed.length);
        Arrays.sort(work);
        return work;
    }

    /** @return the report of every default rule on the whole catalog, whose view is kept from an earlier check */
    @Benchmark
    public ScheduleReport allDefaultRules() {
        return rules.check(catalog);
    }

    /**
     * @return the report of every default rule on a fresh catalog: the first check, which builds the view */
    @Benchmark
    public ScheduleReport allDefaultRulesFirstCheck(Fresh fresh) {
        return rules.check(fresh.catalog);
    }

    /** @return what replacing one event changes, re-checked incrementally */
    @Benchmark
    public ScheduleChange replaceOneEvent() {
        return checker.replace(edited);
    }
}
