package io.github.konvent.text;

import io.github.konvent.spi.Notice;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the review list of an import: every notice in German and English, warnings first
 * marked, in reading order. What {@code konvent import --review review.txt} writes.
 *
 * <pre>
 * # Prüfliste / review list: 2 Hinweise / notices
 * WARNUNG line 4: Der Wochentag von „Dienstag, 5. Mai 2025“ passt nicht zum Datum …
 *   WARNING line 4: The weekday of 'Dienstag, 5. Mai 2025' does not match the date …
 * </pre>
 */
public final class Review {
    private Review() {}

    /**
     * @param notices the notices of a read
     * @param out where the list goes; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void write(List<Notice> notices, Writer out) throws IOException {
        out.write("# Prüfliste / review list: " + notices.size() + " Hinweise / notices\n");
        for (Notice n : notices) {
            boolean warn = n.level() == Notice.Level.WARNING;
            String where = n.location().isEmpty() ? "" : " " + n.location();
            out.write((warn ? "WARNUNG" : "INFO") + where + ": " + n.german() + "\n");
            out.write("  " + (warn ? "WARNING" : "INFO") + where + ": " + n.english() + "\n");
        }
        out.flush();
    }

    /**
     * @param notices the notices of a read
     * @return the review list as text
     */
    public static String toText(List<Notice> notices) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            write(notices, w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
