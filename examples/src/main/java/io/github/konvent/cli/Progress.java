package io.github.konvent.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shows progress on standard error for work that takes more than a second, only when the tool
 * runs on a terminal (scripts and pipes see nothing) or {@code --progress} forces it. It counts
 * real work ("reading catalog.json: 12,000/50,000 KiB"), or where a step cannot count, the
 * seconds it has taken; the line is cleared when the work ends.
 */
final class Progress {
    private static final long DELAY_MILLIS = 1_000;
    private static final long PERIOD_MILLIS = 200;

    /** Set by {@code --progress}: show progress even when standard error is not a terminal. */
    static volatile boolean forced;
    /** Where progress goes; standard error. */
    static volatile PrintStream target = System.err;

    private Progress() {}

    static boolean onTerminal() {
        return System.console() != null;
    }

    private static boolean showing() {
        return forced || onTerminal();
    }

    /** Counts done units of a known total, e.g. bytes of a file or sessions. */
    static final class Counter {
        final String unit;
        final long total;
        final long scale;
        final AtomicLong done = new AtomicLong();

        Counter(String unit, long total, long scale) {
            this.unit = unit;
            this.total = total;
            this.scale = scale;
        }

        /** @param n units done since the last call */
        void add(long n) {
            done.addAndGet(n);
        }

        String text() {
            return String.format(Locale.ROOT, "%,d/%,d %s", Math.min(done.get(), total) / scale, total / scale, unit);
        }
    }

    /** Runs work that cannot count; after a second shows the label and the seconds taken. */
    static <T> T run(String label, Supplier<T> work) {
        long start = System.nanoTime();
        return show(() -> label + " (" + (System.nanoTime() - start) / 1_000_000_000L + " s)", work);
    }

    /**
     * Reads a file, showing how many of its KiB have been read.
     *
     * @param file the file, or null (nothing to count)
     * @param read reads it, reporting the bytes it has read to the counter
     */
    static <T> T reading(Path file, Function<Counter, T> read) {
        long size;
        try {
            size = file == null ? 0 : Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        Counter c = new Counter("KiB", size, 1024);
        String name = file == null ? "" : " " + file.getFileName();
        return show(() -> "reading" + name + ": " + c.text(), () -> read.apply(c));
    }

    /**
     * Runs work that counts units of a known total.
     *
     * @param label what is done, e.g. "saving"
     * @param total how many units in all
     * @param unit their name, e.g. "sessions"
     */
    static <T> T counting(String label, long total, String unit, Function<Counter, T> work) {
        Counter c = new Counter(unit, total, 1);
        return show(() -> label + ": " + c.text(), () -> work.apply(c));
    }

    private static <T> T show(Supplier<String> line, Supplier<T> work) {
        if (!showing()) {
            return work.get();
        }
        PrintStream err = target;
        boolean immediately = forced;
        int[] shown = {0};
        Thread ticker = new Thread(() -> {
            try {
                Thread.sleep(immediately ? 0 : DELAY_MILLIS);
                while (!Thread.currentThread().isInterrupted()) {
                    print(err, line.get(), shown);
                    Thread.sleep(PERIOD_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "konvent-progress");
        ticker.setDaemon(true);
        ticker.start();
        try {
            return work.get();
        } finally {
            ticker.interrupt();
            try {
                ticker.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (shown) {
                if (shown[0] > 0) {
                    err.print("\r" + " ".repeat(shown[0]) + "\r");
                    err.flush();
                }
            }
        }
    }

    private static void print(PrintStream err, String text, int[] shown) {
        String t = text.length() > Konvent.WIDTH - 1 ? text.substring(0, Konvent.WIDTH - 1) : text;
        synchronized (shown) {
            err.print("\r" + t + " ".repeat(Math.max(0, shown[0] - t.length())));
            err.flush();
            shown[0] = Math.max(shown[0], t.length());
        }
    }
}
