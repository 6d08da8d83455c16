package io.github.konvent.examples;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.json.KonventJson;
import io.github.konvent.json.ScheduleJson;
import io.github.konvent.testing.SeedCatalog;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a catalog from a file in any format Konvent supports — Konvent JSON, Konvent JSON Lines,
 * iCalendar, c3voc schedule.json — recognised by its content, not its name. Used by the command
 * line and the research example.
 */
public final class CatalogFiles {
    /** The formats that can be read. */
    public enum Format {
        /** Konvent JSON, one catalog document. */
        KONVENT_JSON("Konvent JSON"),
        /** Konvent JSON Lines: a header line, then one event per line. */
        KONVENT_JSON_LINES("Konvent JSON Lines"),
        /** iCalendar (RFC 5545). */
        ICALENDAR("iCalendar"),
        /** c3voc schedule.json v1, as pretalx and frab export it. */
        C3VOC("c3voc schedule.json");

        final String label;

        Format(String label) {
            this.label = label;
        }
    }

    private static final Pattern FIRST_KEY = Pattern.compile("\\A\\s*\\{\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private CatalogFiles() {}

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
        return read(file, n -> { });
    }

    /**
     * @param file a file in a supported format
     * @param bytesRead told how many more bytes have been read, as reading goes on (for progress)
     * @return the catalog it holds
     * @throws InputException naming the file, the place in it and what was expected
     */
    public static Catalog read(Path file, LongConsumer bytesRead) {
        Format format = detect(file);
        try (InputStream in = new Counting(Files.newInputStream(file), bytesRead)) {
            switch (format) {
                case ICALENDAR:
                    return KonventICal.create().read(in);
                case C3VOC:
                    return ScheduleJson.read(in);
                case KONVENT_JSON_LINES:
                    return KonventJson.readLines(in);
                default:
                    return KonventJson.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (InputException e) {
            throw new InputException(file.getFileName() + " (" + format.label + ") " + e.location().orElse(""),
                    e.found(), e.expected(), e);
        }
    }

    /**
     * @param file a file
     * @return its format, judged by its first 64 KiB
     * @throws InputException when it is none of the supported formats
     */
    public static Format detect(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", "a readable file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, "BEGIN:VCALENDAR".length())) {
            return Format.ICALENDAR;
        }
        Matcher m = FIRST_KEY.matcher(text);
        if (m.find()) {
            String firstLine = trimmed.lines().findFirst().orElse("");
            if (firstLine.contains("\"lines\":\"header\"")) {
                return Format.KONVENT_JSON_LINES;
            }
            if (text.contains("\"konvent\"")) {
                return Format.KONVENT_JSON;
            }
            if (text.contains("\"schedule\"")) {
                return Format.C3VOC;
            }
        }
        String found = trimmed.isEmpty() ? "an empty file" : "'" + shorten(trimmed) + "'";
        throw new InputException(file.getFileName() + " line 1", found,
                "Konvent JSON, Konvent JSON Lines, iCalendar (BEGIN:VCALENDAR) or c3voc schedule.json", null);
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

    private static String shorten(String s) {
        String line = s.lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
