package io.github.konvent.benchmarks.text;

import io.github.konvent.text.HtmlText;
import io.github.konvent.text.TextImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The measurements of {@link TextImportBenchmark} in CPU time of the measuring thread instead of
 * wall time: on a machine shared with many other processes, wall time mostly measures how long the
 * thread waited for a core. Baseline and import alternate round by round, so both see the same
 * machine; each figure is the median (and best) of the second half of the rounds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.konvent.benchmarks.text.TextImportCpuTime [rounds] [html]</pre>
 */
public final class TextImportCpuTime {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private TextImportCpuTime() {}

    /**
     * @param args the number of rounds (default 40), and {@code html} to time the HTML page and
     *     its extraction too
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        TextImportBenchmark b = new TextImportBenchmark();
        try {
            b.setUp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] baseline = new double[rounds];
        double[] text = new double[rounds];
        double[] html = new double[rounds];
        double[] extraction = new double[rounds];
        boolean withHtml = args.length > 1 && args[1].equals("html");
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (int k = 0; k < 100; k++) {
                try {
                    sink += b.bufferedReaderOneRegex();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            long t1 = CPU.getCurrentThreadCpuTime();
            for (int k = 0; k < 10; k++) {
                sink += TextImport.readText(b.text, TextImport.Options.defaults()).catalog().sessionCount();
            }
            long t2 = CPU.getCurrentThreadCpuTime();
            baseline[r] = (t1 - t0) / 100e6;
            text[r] = (t2 - t1) / 10e6;
            if (withHtml) {
                long t3 = CPU.getCurrentThreadCpuTime();
                sink += TextImport.readHtml(b.html, TextImport.Options.defaults()).catalog().sessionCount();
                long t4 = CPU.getCurrentThreadCpuTime();
                sink += HtmlText.lines(b.html).size();
                long t5 = CPU.getCurrentThreadCpuTime();
                html[r] = (t4 - t3) / 1e6;
                extraction[r] = (t5 - t4) / 1e6;
            }
        }
        double base = report("bufferedReaderOneRegex", baseline);
        double imported = report("konventText", text);
        System.out.printf(Locale.ROOT, "ratio konventText / bufferedReaderOneRegex: %.1f (target: under 10)%n",
                imported / base);
        if (withHtml) {
            report("konventHtml", html);
            report("htmlExtraction", extraction);
        }
        System.out.println("(checksum " + sink + ")");
    }

    private static double report(String name, double[] ms) {
        double[] kept = Arrays.copyOfRange(ms, ms.length / 2, ms.length);
        Arrays.sort(kept);
        double median = kept[kept.length / 2];
        System.out.printf(Locale.ROOT, "%-24s median %8.3f ms CPU, best %8.3f ms%n", name, median, kept[0]);
        return median;
    }
}
