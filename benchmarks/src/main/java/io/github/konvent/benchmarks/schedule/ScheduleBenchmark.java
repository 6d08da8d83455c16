package io.github.konvent.benchmarks.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.ScheduleReport;
import java.util.Arrays;
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
 * <pre>java -jar benchmarks/target/benchmarks.jar ScheduleBenchmark -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ScheduleBenchmark {
    /** M = 50,000 sessions, L = 500,000. */
    @Param({"50000", "500000"})
    public int sessions;

    private Catalog catalog;
    private long[] packed;
    private long[] work;
    private final RuleSet rules = RuleSet.defaults();

    /** Builds the catalog and packs its intervals. */
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
        ScheduleReport report = rules.check(catalog);
        System.out.println("# " + Catalogs.source() + ": " + catalog.sessionCount() + " sessions, " + n + " timed, " + report.violations().size()
                + " violations (" + report.errors().size() + " errors)");
    }

    /** @return the sorted copy: the baseline */
    @Benchmark
    public long[] baselineSortPackedIntervals() {
        System.arraycopy(packed, 0, work, 0, packed.length);
        Arrays.sort(work);
        return work;
    }

    /** @return the report of every default rule on the whole catalog */
    @Benchmark
    public ScheduleReport allDefaultRules() {
        return rules.check(catalog);
    }
}
