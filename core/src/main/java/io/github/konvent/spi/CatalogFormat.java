package io.github.konvent.spi;

import io.github.konvent.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * One file format that Konvent reads, writes or at least recognises. Implementations are
 * stateless and thread-safe, have a public no-argument constructor and are listed in
 * {@code META-INF/services/io.github.konvent.spi.CatalogFormat} of their adapter's jar.
 *
 * <p>Adding a format is one class implementing this interface, one services line, its docs and
 * its tests: the command line ({@code konvent formats|import|export|validate}) and the examples
 * find it through {@link Formats} and never switch over format names.
 *
 * <p>A format that can neither read nor write (both {@link #canRead()} and {@link #canWrite()}
 * false) only recognises files, so that an error can say what a file is ("this is a pretalx API
 * response, not a c3voc schedule.json").
 */
public interface CatalogFormat {
    /**
     * @return the short, stable, lower-case name used on the command line and in options, e.g.
     *     {@code konvent-json}, {@code ical}, {@code c3voc}, {@code schedule-xml}
     */
    String name();

    /** @return a name for people, e.g. "Konvent JSON", "iCalendar", "frab schedule.xml" */
    String displayName();

    /** @return the media type of the format, e.g. {@code text/calendar} */
    String mediaType();

    /** @return the usual file name extensions without the dot, the preferred one first */
    List<String> extensions();

    /** @return whether {@link #read} is supported */
    default boolean canRead() {
        return false;
    }

    /** @return whether {@link #write} is supported */
    default boolean canWrite() {
        return false;
    }

    /**
     * Judges whether the file that starts with {@code head} is in this format.
     *
     * @param head the first bytes of the file and, when known, its name
     * @return 0 when the file is not in this format; otherwise a confidence from 1 (the extension
     *     fits, the content says nothing) to 100 (an unmistakable signature); the format with the
     *     highest score wins
     */
    int detect(FormatHead head);

    /**
     * Reads a whole catalog. A reader never returns a partial catalog: truncated or malformed
     * input is an {@link io.github.konvent.InputException} naming where and what was expected.
     *
     * @param in the bytes, read to their end; not closed
     * @param options format options; unknown keys are ignored
     * @return the catalog and the notices the reader gave
     * @throws IOException when reading the stream fails
     * @throws UnsupportedOperationException when {@link #canRead()} is false
     */
    default ReadResult read(InputStream in, FormatOptions options) throws IOException {
        throw new UnsupportedOperationException(displayName() + " cannot be read by Konvent");
    }

    /**
     * Writes a catalog, or the one event {@link FormatOptions#event()} names.
     *
     * @param catalog the catalog
     * @param out where the bytes go; flushed, not closed
     * @param options format options; unknown keys are ignored
     * @throws IOException when writing fails
     * @throws UnsupportedOperationException when {@link #canWrite()} is false
     */
    default void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        throw new UnsupportedOperationException(displayName() + " cannot be written by Konvent");
    }
}
