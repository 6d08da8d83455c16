package io.github.konvent.benchmarks.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.schedule.CatalogChecker;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.ScheduleRule;
import io.github.konvent.schedule.Rules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The measurements of {@link ScheduleBenchmark} in CPU time of the measuring thread instead of wall
 * time: on a machine shared with many other processes, wall time mostly measures how long the
 * thread waited for a core. Each figure is the best and the median of many rounds, after as many
 * warm-up rounds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.konvent.benchmarks.schedule.ScheduleCpuTime 50000 [rules]</pre>
 */
public final class ScheduleCpuTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ScheduleCpuTime() {}

    /**
     * @param args the number of sessions (default 50,000), and {@code rules} to time each rule alone too
     */
    public static void main(String[] args) {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int rounds = sessions > 100_000 ? 15 : 40;
        Catalog catalog = Catalogs.generate(42L, sessions);
        ScheduleBenchmark b = new ScheduleBenchmark();
        b.sessions = sessions;
        b.setUp();
        long[] packed = b.packed();
        RuleSet rules = RuleSet.defaults();
        rules.check(catalog);
        CatalogChecker checker = rules.checker(catalog);
        Event edited = ScheduleBenchmark.edit(catalog);
        double sort = time("baselineSortPackedIntervals", rounds, () -> {
            long[] w = packed.clone();
            Arrays.sort(w);
            return w;
        });
        double all = time("allDefaultRules (view kept)", rounds, () -> rules.check(catalog));
        double first = time("allDefaultRulesFirstCheck (builds the view; copy not timed)", Math.max(6, rounds / 4),
                () -> Catalog.builder().from(catalog).build(), c -> rules.check(c));
        double replace = time("replaceOneEvent", rounds * 20, () -> checker.replace(edited));
        System.out.printf(Locale.ROOT, "ratios: all/sort %.1f, first/sort %.1f, replace/all 1/%.0f%n", all / sort, first / sort,
                all / replace);
        if (args.length > 1) {
            for (ScheduleRule rule : Rules.all()) {
                RuleSet one = RuleSet.of(rule);
                time("  " + rule.id(), rounds, () -> one.check(catalog));
            }
            RuleSet none = RuleSet.of();
            time("  (no rule)", rounds, () -> none.check(catalog));
        }
    }

    private static double time(String name, int rounds, Supplier<Object> work) {
        return time(name, rounds, () -> null, x -> work.get());
    }

    private static <T> double time(String name, int rounds, Supplier<T> prepare,
            java.util.function.Function<T, Object> work) {
        long[] ns = new long[rounds];
        // as many warm-up rounds as measured ones: on a loaded machine the JIT compiler threads get little time
        for (int i = 0; i < rounds; i++) {
            work.apply(prepare.get());
        }
        Object sink = null;
        for (int i = 0; i < rounds; i++) {
            T input = prepare.get();
            long s = CPU.getCurrentThreadCpuTime();
            sink = work.apply(input);
            ns[i] = CPU.getCurrentThreadCpuTime() - s;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-62s best %10.3f ms  median %10.3f ms  (%d rounds)%s%n", name, ns[0] / 1e6,
                ns[rounds / 2] / 1e6, rounds, sink == null ? "!" : "");
        return ns[rounds / 2] / 1e6;
    }
}
