package io.github.konvent.benchmarks.ical;

import io.github.konvent.Catalog;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.testing.SyntheticCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Measures the heap of a streaming iCalendar import: {@code write <sessions> <file>} exports a
 * synthetic catalog; {@code measure <file>} imports it and prints the retained size of the resulting
 * model and the heap pools' peak; run the import under {@code -Xmx} of twice the model size to show
 * that it fits. Not a JMH benchmark: heap, not time, is measured.
 */
public final class ICalImportHeap {
    private ICalImportHeap() {}

    /**
     * @param args {@code write <sessions> <file>} or {@code measure <file>}
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        KonventICal ical = KonventICal.create().withClock(Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC));
        if (args[0].equals("write")) {
            Catalog catalog = SyntheticCatalog.generate(42, Integer.parseInt(args[1]));
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8), 1 << 16)) {
                ical.exportCatalog(catalog, w);
            }
            System.out.printf("wrote %d sessions, %d MB%n", catalog.sessionCount(), Files.size(Path.of(args[2])) >> 20);
            return;
        }
        long before = usedAfterGc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        Catalog result;
        try (Reader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            result = ical.read(r);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long model = usedAfterGc() - before;
        System.out.printf("imported %d events, %d sessions in %d ms; model %d MB; sum of heap pool peaks %d MB (%.2fx, an upper bound"
                + " that includes uncollected garbage); max heap %d MB%n", result.events().size(), result.sessionCount(), millis,
                model >> 20, (peak - before) >> 20, (double) (peak - before) / model, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
