package io.github.konvent.benchmarks.formats;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.frab.FrabXml;
import io.github.konvent.id.EventId;
import io.github.konvent.json.Schedule2Json;
import io.github.konvent.spi.ReadResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the heap the schedule readers need (issue #12: "peak heap while reading a
 * 50,000-session schedule.xml or schedule2 stays under 2× the resulting model"): the retained
 * size of the model each reader gives for the conference of {@link ScheduleFormatsBenchmark},
 * and the peak heap while reading it. Run it twice:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.konvent.benchmarks.formats.ScheduleFormatsHeap write DIR
 * java -Xmx&lt;2 × model&gt; -cp … ScheduleFormatsHeap read DIR
 * </pre>
 *
 * The first writes {@code schedule.xml} and {@code schedule2.json} and prints the retained size
 * of the model read from each; the second reads both under a heap limit of twice the larger
 * model and prints the peak heap used (an upper bound: the heap pools' peaks, garbage included).
 */
public final class ScheduleFormatsHeap {
    private static final String[] FILES = {"schedule.xml", "schedule2.json"};

    private ScheduleFormatsHeap() {}

    /**
     * @param args {@code write <dir>} or {@code read <dir>}
     * @throws IOException if the files cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("write")) {
            Catalog c = ScheduleFormatsBenchmark.conference();
            Files.createDirectories(dir);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(FILES[0])), 1 << 16)) {
                FrabXml.write(c, EventId.of("bench"), out);
            }
            try (Writer out = Files.newBufferedWriter(dir.resolve(FILES[1]), StandardCharsets.UTF_8)) {
                Schedule2Json.export(c, EventId.of("bench"), out);
            }
            c = null;
            long largest = 0;
            for (String file : FILES) {
                long before = used();
                ReadResult r = read(dir.resolve(file));
                long model = used() - before;
                largest = Math.max(largest, model);
                System.out.printf("%s: %,d bytes; %,d sessions; model retained %,d MB%n", file, Files.size(dir.resolve(file)),
                        r.catalog().sessionCount(), model >> 20);
                r = null;
            }
            System.out.printf("next: java -Xmx%dm -cp … %s read %s%n", 2 * (largest >> 20),
                    ScheduleFormatsHeap.class.getName(), dir);
        } else {
            for (String file : FILES) {
                long base = used();
                resetPeaks();
                long start = System.nanoTime();
                ReadResult r = read(dir.resolve(file));
                long millis = (System.nanoTime() - start) / 1_000_000;
                long peak = peak();
                long model = used() - base;
                System.out.printf("%s: %,d sessions read in %,d ms; max heap %,d MB; peak heap used %,d MB; model retained "
                        + "%,d MB; peak/model %.2f%n", file, r.catalog().sessionCount(), millis,
                        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, model >> 20, (double) peak / model);
                r = null;
            }
        }
    }

    private static ReadResult read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ReadResult r = file.toString().endsWith(".xml") ? FrabXml.read(in) : Schedule2Json.read(in);
            Event e = r.catalog().events().get(0);
            e.programme().size();
            return r;
        }
    }

    private static long used() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peaks: an upper bound of the peak heap in use */
    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
