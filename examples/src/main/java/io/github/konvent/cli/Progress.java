package io.github.konvent.cli;

import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a progress bar on standard error for work that takes more than a second, and only when
 * the tool runs on a terminal: scripts and pipes see nothing.
 */
final class Progress {
    private static final long DELAY_MILLIS = 1_000;

    private Progress() {}

    static boolean onTerminal() {
        return System.console() != null;
    }

    /**
     * Runs the work; if it is still running after a second on a terminal, shows an indefinite
     * bar with the label until it ends.
     */
    static <T> T run(String label, Supplier<T> work) {
        if (!onTerminal()) {
            return work.get();
        }
        Thread ticker = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MILLIS);
                try (ProgressBar bar = new ProgressBarBuilder()
                        .setTaskName(label)
                        .setInitialMax(-1)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .build()) {
                    while (!Thread.currentThread().isInterrupted()) {
                        bar.step();
                        Thread.sleep(100);
                    }
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
                ticker.join(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
