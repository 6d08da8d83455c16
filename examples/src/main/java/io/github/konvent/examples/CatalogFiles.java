package io.github.konvent.examples;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import io.github.konvent.spi.ReadResult;
import io.github.konvent.testing.SeedCatalog;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * Reads a catalog from a file in any format installed on the class path (see {@link Formats}):
 * Konvent JSON and JSON Lines, iCalendar, c3voc schedule.json and schedule2, frab schedule.xml,
 * recognised by content, not by name. Used by the command line and the research example; it
 * never switches over format names.
 */
public final class CatalogFiles {
    /** Short names people type, for the formats' own names. */
    private static final Map<String, String> ALIASES = Map.of(
            "json", "konvent-json",
            "jsonl", "konvent-jsonl",
            "ics", "ical",
            "xml", "schedule-xml",
            "frab", "schedule-xml");

    private static final Formats FORMATS = load();

    private CatalogFiles() {}

    private static Formats load() {
        return Formats.installed(CatalogFiles.class.getClassLoader());
    }

    /** @return the installed formats */
    public static Formats formats() {
        return FORMATS;
    }

    /**
     * @param name a format's name, an alias ({@code json}, {@code ics}, {@code xml}) or a file
     *     extension, in any case
     * @return the format
     * @throws InputException naming the known formats when there is none of that name
     */
    public static CatalogFormat format(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return FORMATS.find(n)
                .or(() -> Optional.ofNullable(ALIASES.get(n)).flatMap(FORMATS::find))
                .or(() -> FORMATS.forExtension(n))
                .orElseThrow(() -> new InputException("--format", "'" + name + "'", "one of "
                        + FORMATS.all().stream().map(CatalogFormat::name).collect(Collectors.joining(", ")), null));
    }

    /**
     * @param file a file, or null for the seed catalog
     * @return the catalog it holds
     */
    public static Catalog readOrSeeds(Path file) {
        return file == null ? SeedCatalog.catalog() : read(file);
    }

    /**
     * @param file a file, or null for the seed catalog
     * @param bytesRead told how many more bytes have been read (for progress)
     * @return the catalog it holds
     */
    public static Catalog readOrSeeds(Path file, LongConsumer bytesRead) {
        return file == null ? SeedCatalog.catalog() : read(file, bytesRead);
    }

    /**
     * @param file a file in a supported format
     * @return the catalog it holds
     * @throws InputException naming the file, the place in it and what was expected
     */
    public static Catalog read(Path file) {
        return read(file, null, FormatOptions.defaults()).catalog();
    }

    /**
     * @param file a file
     * @param format the format to read it in, or null to recognise it by its content
     * @param options options for the reader
     * @return the catalog and the reader's notices
     * @throws InputException naming the file, the place in it and what was expected
     */
    public static ReadResult read(Path file, CatalogFormat format, FormatOptions options) {
        return read(file, format, options, n -> { });
    }

    /**
     * @param file a file in a readable format, recognised by its content
     * @param bytesRead told how many more bytes have been read, as reading goes on (for progress)
     * @return the catalog it holds
     * @throws InputException naming the file, the place in it and what was expected
     */
    public static Catalog read(Path file, LongConsumer bytesRead) {
        return read(file, null, FormatOptions.defaults(), bytesRead).catalog();
    }

    /**
     * @param file a file
     * @param format the format to read it in, or null to recognise it by its content
     * @param options options for the reader
     * @param bytesRead told how many more bytes have been read, as reading goes on (for progress)
     * @return the catalog and the reader's notices
     * @throws InputException naming the file, the place in it and what was expected
     */
    public static ReadResult read(Path file, CatalogFormat format, FormatOptions options, LongConsumer bytesRead) {
        CatalogFormat f = format != null ? format : detect(file);
        if (!f.canRead()) {
            throw new InputException("--format", f.name(), "a format that can be read: " + FORMATS.readable().stream()
                    .map(CatalogFormat::name).collect(Collectors.joining(", ")), null);
        }
        try (InputStream in = new BufferedInputStream(new Counting(Files.newInputStream(file), bytesRead), 1 << 16)) {
            return f.read(in, options);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", "a readable file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (InputException e) {
            throw new InputException(file.getFileName() + " (" + f.displayName() + ") " + e.location().orElse(""),
                    e.found(), e.expected(), e);
        }
    }

    /**
     * @param file a file
     * @return its format, judged by its first 64 KiB (and its name where the content says nothing)
     * @throws InputException when it is in no readable format, or in one that is recognised but
     *     cannot be read (the message names it)
     */
    public static CatalogFormat detect(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FormatHead.MAX_BYTES);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", "a readable file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        try {
            return FORMATS.detect(FormatHead.of(head, file.getFileName().toString()));
        } catch (InputException e) {
            // name Konvent's own format first: it is what most people mean to give
            List<String> names = FORMATS.readable().stream().map(CatalogFormat::displayName)
                    .sorted((a, b) -> a.startsWith("Konvent") == b.startsWith("Konvent") ? 0 : a.startsWith("Konvent") ? -1 : 1)
                    .toList();
            String expected = e.expected().startsWith("one of ") ? String.join(", ", names) : e.expected();
            throw new InputException(e.location().orElse(file.getFileName().toString()), e.found(), expected, e);
        }
    }

    /** Tells a consumer how many bytes each read returned. */
    private static final class Counting extends FilterInputStream {
        private final LongConsumer counter;

        Counting(InputStream in, LongConsumer counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.accept(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counter.accept(n);
            }
            return n;
        }
    }
}
