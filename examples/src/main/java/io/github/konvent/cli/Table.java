package io.github.konvent.cli;

import java.io.PrintWriter;

/** A two-column summary table for the terminal: one label and one value per row. */
final class Table {
    private final String[] labels;
    private final String[] values;

    private Table(String[] labels, String[] values) {
        this.labels = labels;
        this.values = values;
    }

    static Table of(String[] labels, String[] values) {
        return new Table(labels, values);
    }

    void print(PrintWriter out) {
        int width = 0;
        for (String l : labels) {
            width = Math.max(width, l.length());
        }
        for (int i = 0; i < labels.length; i++) {
            out.printf("  %-" + width + "s  %s%n", labels[i], values[i]);
        }
        out.flush();
    }
}
