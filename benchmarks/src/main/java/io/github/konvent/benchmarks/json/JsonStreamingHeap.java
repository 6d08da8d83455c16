package io.github.konvent.benchmarks.json;

import io.github.konvent.Catalog;
import io.github.konvent.json.KonventJson;
import io.github.konvent.testing.SyntheticCatalog;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the heap that streaming needs: the size of the L catalog's model, and the peak heap
 * while reading it back from JSON Lines (and, for comparison, from one document), to check the
 * target "peak heap under 2× the resulting model" (TARGETS.md). Run it twice:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.konvent.benchmarks.json.JsonStreamingHeap write DIR
 * java -Xmx&lt;2 × model&gt; -cp … JsonStreamingHeap read DIR
 * </pre>
 *
 * The first prints the model's retained size and writes {@code l.jsonl} and {@code l.json}; the
 * second reads both under a heap limit of twice that size and prints the peak heap used.
 */
public final class JsonStreamingHeap {
    private JsonStreamingHeap() {}

    /**
     * @param args {@code write <dir> [sessions]} or {@code read <dir>}
     * @throws IOException if the files cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("write")) {
            int sessions = args.length > 2 ? Integer.parseInt(args[2]) : SyntheticCatalog.L;
            long before = used();
            Catalog c = SyntheticCatalog.generate(42, sessions);
            c.sessionCount();
            long model = used() - before;
            Files.createDirectories(dir);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("l.jsonl")), 1 << 16)) {
                KonventJson.writeLines(c, out, KonventJson.Contacts.ALL);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("l.json")), 1 << 16)) {
                KonventJson.write(c, out, KonventJson.Contacts.ALL);
            }
            System.out.printf("model: %,d sessions, %,d events; retained heap %,d MB; JSON Lines %,d MB, document %,d MB%n",
                    c.sessionCount(), c.events().size(), model >> 20, Files.size(dir.resolve("l.jsonl")) >> 20,
                    Files.size(dir.resolve("l.json")) >> 20);
            System.out.printf("next: java -Xmx%dm -cp … %s read %s%n", 2 * (model >> 20),
                    JsonStreamingHeap.class.getName(), dir);
        } else {
            for (String file : new String[] {"l.jsonl", "l.json"}) {
                long base = used();
                resetPeaks();
                long start = System.nanoTime();
                Catalog c;
                try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(file)), 1 << 16)) {
                    c = file.endsWith("jsonl") ? KonventJson.readLines(in) : KonventJson.read(in);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                long peak = peak();
                long model = used() - base;
                System.out.printf("%s: %,d sessions read in %,d ms; max heap %,d MB; peak heap used %,d MB; model retained %,d MB; peak/model %.2f%n",
                        file, c.sessionCount(), millis, Runtime.getRuntime().maxMemory() >> 20, peak >> 20, model >> 20,
                        (double) peak / model);
                c = null;
            }
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
