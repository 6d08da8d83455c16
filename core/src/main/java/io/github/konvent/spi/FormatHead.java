package io.github.konvent.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The first bytes of a file (up to {@link #MAX_BYTES}) and, when known, its file name: what a
 * {@link CatalogFormat} looks at to recognise its files. Immutable and thread-safe.
 */
public final class FormatHead {
    /** How many bytes of a file a detector is shown at most. */
    public static final int MAX_BYTES = 64 * 1024;

    private final byte[] bytes;
    private final String fileName;
    private String text;

    private FormatHead(byte[] bytes, String fileName) {
        this.bytes = bytes.length > MAX_BYTES ? Arrays.copyOf(bytes, MAX_BYTES) : bytes.clone();
        this.fileName = fileName;
    }

    /**
     * @param bytes the first bytes of a file (only the first {@link #MAX_BYTES} are kept)
     * @param fileName the file's name, or null when unknown
     * @return the head
     */
    public static FormatHead of(byte[] bytes, String fileName) {
        return new FormatHead(Objects.requireNonNull(bytes, "bytes"), fileName);
    }

    /** @return a copy of the first bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** @return whether the head starts with these bytes */
    public boolean startsWith(byte[] prefix) {
        if (prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the bytes decoded as UTF-8 (malformed sequences replaced), without a byte order
     *     mark
     */
    public String text() {
        String t = text;
        if (t == null) {
            t = new String(bytes, StandardCharsets.UTF_8);
            if (t.startsWith("\uFEFF")) {
                t = t.substring(1);
            }
            text = t;
        }
        return t;
    }

    /** @return the file's name, if known */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** @return the file name's extension in lower case without the dot, if there is one */
    public Optional<String> extension() {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1
                ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** @return whether nothing but white space is in the head */
    public boolean isBlank() {
        return text().isBlank();
    }
}
