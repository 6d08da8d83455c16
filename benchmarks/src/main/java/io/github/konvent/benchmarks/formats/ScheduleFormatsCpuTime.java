package io.github.konvent.benchmarks.formats;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The measurements of {@link ScheduleFormatsBenchmark} in CPU time of the reading thread instead
 * of wall time: on a machine shared with many other processes, wall time mostly measures how long
 * the thread waited for a core. Baseline and Konvent alternate in every round, so that both see
 * the same load; each figure is the median of the rounds after warm-up. The garbage collector's
 * threads are not counted (run with {@code -XX:+UseSerialGC} to have it work on the reading
 * thread).
 *
 * <pre>java -XX:+UseSerialGC -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.konvent.benchmarks.formats.ScheduleFormatsCpuTime [rounds]</pre>
 */
public final class ScheduleFormatsCpuTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ScheduleFormatsCpuTime() {}

    /** @param args the number of measured rounds (default 8), after as many warm-up rounds */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        ScheduleFormatsBenchmark b = new ScheduleFormatsBenchmark();
        b.setUp();
        long[][] ns = new long[4][rounds];
        String[] names = {"plainXml", "konventXml", "plainSchedule2", "konventSchedule2"};
        List<Supplier<Object>> work = List.of(b::plainXml, b::konventXml, b::plainSchedule2, b::konventSchedule2);
        for (int r = -rounds; r < rounds; r++) {
            for (int k = 0; k < work.size(); k++) {
                long s = CPU.getCurrentThreadCpuTime();
                Object sink = work.get(k).get();
                long t = CPU.getCurrentThreadCpuTime() - s;
                if (sink == null) {
                    throw new IllegalStateException(names[k]);
                }
                if (r >= 0) {
                    ns[k][r] = t;
                }
            }
        }
        double[] median = new double[4];
        for (int k = 0; k < 4; k++) {
            Arrays.sort(ns[k]);
            median[k] = ns[k][rounds / 2] / 1e6;
            System.out.printf(Locale.ROOT, "%-18s best %9.1f ms  median %9.1f ms  (%d rounds)%n", names[k], ns[k][0] / 1e6,
                    median[k], rounds);
        }
        System.out.printf(Locale.ROOT, "ratios (median CPU time): schedule.xml %.2f×, schedule2 %.2f×%n", median[1] / median[0],
                median[3] / median[2]);
    }
}
