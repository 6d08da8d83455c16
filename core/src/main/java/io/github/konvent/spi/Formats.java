package io.github.konvent.spi;

import io.github.konvent.InputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The formats installed on the class path, found with {@link ServiceLoader}: pick one by name,
 * by file extension or by content. Immutable and thread-safe.
 *
 * <pre>{@code
 * Formats formats = Formats.installed();
 * CatalogFormat format = formats.detect(FormatHead.of(firstBytes, "talks.ics"));
 * ReadResult result = format.read(in, FormatOptions.defaults());
 * }</pre>
 */
public final class Formats {
    private final List<CatalogFormat> all;

    private Formats(List<CatalogFormat> all) {
        List<CatalogFormat> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(CatalogFormat::name));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
                throw new IllegalStateException("two formats are named " + sorted.get(i).name() + ": "
                        + sorted.get(i - 1).getClass().getName() + " and " + sorted.get(i).getClass().getName());
            }
        }
        this.all = List.copyOf(sorted);
    }

    /** @return the formats that the class loader of this class can see */
    public static Formats installed() {
        return installed(Formats.class.getClassLoader());
    }

    /**
     * @param loader the class loader to search
     * @return the formats it can see
     */
    public static Formats installed(ClassLoader loader) {
        List<CatalogFormat> found = new ArrayList<>();
        ServiceLoader.load(CatalogFormat.class, loader).forEach(found::add);
        return new Formats(found);
    }

    /**
     * @param formats the formats
     * @return a registry of exactly these formats
     */
    public static Formats of(List<? extends CatalogFormat> formats) {
        return new Formats(List.copyOf(formats));
    }

    /** @return every format, by name */
    public List<CatalogFormat> all() {
        return all;
    }

    /** @return the formats that can be read, by name */
    public List<CatalogFormat> readable() {
        return all.stream().filter(CatalogFormat::canRead).collect(Collectors.toUnmodifiableList());
    }

    /** @return the formats that can be written, by name */
    public List<CatalogFormat> writable() {
        return all.stream().filter(CatalogFormat::canWrite).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param name a format's name, in any case
     * @return the format, if installed
     */
    public Optional<CatalogFormat> find(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return all.stream().filter(f -> f.name().equals(n)).findFirst();
    }

    /**
     * @param name a format's name
     * @return the format
     * @throws InputException naming the installed formats when there is none of that name
     */
    public CatalogFormat require(String name) {
        return find(Objects.requireNonNull(name, "name"))
                .orElseThrow(() -> new InputException("format", "'" + name + "'", "one of " + names(all), null));
    }

    /**
     * @param extension a file name extension without the dot, in any case
     * @return the writable format that prefers this extension, else the first that lists it
     */
    public Optional<CatalogFormat> forExtension(String extension) {
        String e = extension.toLowerCase(Locale.ROOT);
        return all.stream()
                .filter(f -> f.extensions().contains(e))
                .min(Comparator.comparingInt((CatalogFormat f) -> f.extensions().indexOf(e))
                        .thenComparing(f -> f.canWrite() ? 0 : 1));
    }

    /**
     * Recognises a file by its content (and, where the content says nothing, by its extension).
     *
     * @param head the file's first bytes and name
     * @return the readable format with the highest confidence
     * @throws InputException when the file is empty, in no known format, or in a format that is
     *     recognised but cannot be read (the message names it)
     */
    public CatalogFormat detect(FormatHead head) {
        String where = head.fileName().orElse("input");
        if (head.isBlank() && head.bytes().length < FormatHead.MAX_BYTES) {
            throw new InputException(where, "an empty file", "one of " + displayNames(readable()), null);
        }
        CatalogFormat best = null;
        int bestScore = 0;
        for (CatalogFormat format : all) {
            int score = format.detect(head);
            if (score > bestScore) {
                best = format;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new InputException(where + " line 1", "'" + firstLine(head.text()) + "'",
                    "one of " + displayNames(readable()), null);
        }
        if (!best.canRead()) {
            throw new InputException(where, "a file in the format " + best.displayName()
                            + ", which Konvent recognises but cannot read",
                    "one of " + displayNames(readable()), null);
        }
        return best;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        StringBuilder shown = new StringBuilder();
        line.codePoints().limit(40).forEach(cp -> shown.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return line.codePointCount(0, line.length()) > 40 ? shown + "…" : shown.toString();
    }

    private static String names(List<CatalogFormat> formats) {
        return formats.stream().map(CatalogFormat::name).collect(Collectors.joining(", "));
    }

    private static String displayNames(List<CatalogFormat> formats) {
        return formats.stream().map(CatalogFormat::displayName).collect(Collectors.joining(", "));
    }
}
