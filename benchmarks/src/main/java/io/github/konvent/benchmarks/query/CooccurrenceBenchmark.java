package io.github.konvent.benchmarks.query;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.Session;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.people.Contribution;
import io.github.konvent.query.Analyses;
import io.github.konvent.testing.SyntheticCatalog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Organisation and person co-occurrence on the synthetic M and L catalogs. The analysis groups
 * by event (and by session), so its cost follows the pairs it reports; {@code naiveEventPairs}
 * compares every pair of events and grows with the square of the events (run on M only), and
 * {@code baselineReadInput} only collects each event's organisations, a lower bound for any
 * method. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar query.Cooccurrence -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CooccurrenceBenchmark {
    /** Catalog size in sessions: M = 50,000, L = 500,000. */
    @Param({"50000", "500000"})
    public int sessions;

    private Catalog catalog;
    private List<Set<OrganizationId>> perEvent;

    /** Generates the catalog and reports its size and the number of pairs found. */
    @Setup(Level.Trial)
    public void setUp() {
        catalog = SyntheticCatalog.generate(42L, sessions);
        perEvent = organizationsPerEvent(catalog);
        long incidences = perEvent.stream().mapToLong(Set::size).sum();
        long pairWork = perEvent.stream().mapToLong(s -> (long) s.size() * (s.size() - 1) / 2).sum();
        Analyses a = Analyses.of(catalog);
        System.out.printf("%n[query] sessions=%d events=%d organisations=%d people=%d incidences=%d"
                        + " pair-incidences=%d org-pairs=%d person-pairs=%d%n",
                catalog.sessionCount(), catalog.events().size(), catalog.organizations().size(),
                catalog.people().size(), incidences, pairWork, a.organizationCooccurrence().size(),
                a.personCooccurrence().size());
    }

    /** @return each event's organisations from involvements and on-behalf-of (no affiliations) */
    static List<Set<OrganizationId>> organizationsPerEvent(Catalog c) {
        List<Set<OrganizationId>> l = new ArrayList<>(c.events().size());
        for (Event e : c.events()) {
            Set<OrganizationId> s = new HashSet<>();
            for (Involvement i : e.involvements()) {
                if (i.party() instanceof OrganizationId o) {
                    s.add(o);
                }
            }
            for (Session x : e.programme()) {
                for (Contribution k : x.contributions()) {
                    for (PartyId p : k.onBehalfOf()) {
                        if (p instanceof OrganizationId o) {
                            s.add(o);
                        }
                    }
                }
            }
            l.add(s);
        }
        return l;
    }

    /** @return the organisation co-occurrence table (the analysis measured) */
    @Benchmark
    public Object organizationCooccurrence() {
        return Analyses.of(catalog).organizationCooccurrence();
    }

    /** @return the person co-occurrence table, grouped by session */
    @Benchmark
    public Object personCooccurrence() {
        return Analyses.of(catalog).personCooccurrence();
    }

    /** @return the per-event organisation sets: reading the input once, the lower bound */
    @Benchmark
    public Object baselineReadInput() {
        return organizationsPerEvent(catalog);
    }

    /**
     * @return pairs counted by intersecting every pair of events' sets (quadratic in events);
     *     skipped on L, where it would run for minutes
     */
    @Benchmark
    public long naiveEventPairs() {
        if (sessions > SyntheticCatalog.M) {
            return -1;
        }
        long shared = 0;
        for (int i = 0; i < perEvent.size(); i++) {
            Set<OrganizationId> a = perEvent.get(i);
            for (int j = i + 1; j < perEvent.size(); j++) {
                for (OrganizationId o : perEvent.get(j)) {
                    if (a.contains(o)) {
                        shared++;
                    }
                }
            }
        }
        return shared;
    }
}
