package io.github.konvent.spi;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.internal.KonventStyle;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The maximums a reader accepts, like Jackson's {@code StreamReadConstraints}: a reader that
 * meets input beyond one of them stops with an {@link InputException} that names the place, the
 * limit (e.g. {@code ReadLimits.maxSessionsPerEvent}) and its value, and returns nothing. The
 * defaults are generous for real catalogs and keep memory and time bounded for hostile ones;
 * raise or lower them with {@link #builder()}. Immutable and thread-safe.
 *
 * <p>Besides these configurable limits, the value types keep fixed bounds that hold for every
 * source (a reader, a database or code): {@link #MIN_YEAR} to {@link #MAX_YEAR} for every date
 * and year, at most {@link #MAX_EVENT_DAYS} days per event, fees of at most {@link
 * #MAX_AMOUNT} with at most {@link #MAX_AMOUNT_DECIMALS} decimals, and text without control
 * characters other than tab, line feed and carriage return. docs/LIMITS.md lists them all.
 */
@KonventStyle
@Value.Immutable
public abstract class ReadLimits implements WithReadLimits {
    /**
     * The earliest year of any date or year in the model. Konvent describes congresses of the
     * modern era; every supported database stores these years, and date arithmetic on them can
     * never overflow.
     */
    public static final int MIN_YEAR = 1900;
    /** The latest year of any date or year in the model (planning far ahead, but bounded). */
    public static final int MAX_YEAR = 2200;
    /** The most days an event may have (and the highest day number of a session): ten years. */
    public static final int MAX_EVENT_DAYS = 3660;
    /** The largest fee amount, one billion. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000L);
    /** The most decimals of a fee amount (after trailing zeros are dropped). */
    public static final int MAX_AMOUNT_DECIMALS = 4;

    private static final ReadLimits DEFAULTS = builder().build();

    /** @return the default limits */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /** @return a builder, starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the largest input in bytes or characters (for line formats: per line); 1 GiB */
    @Value.Default
    public long maxDocumentLength() {
        return 1L << 30;
    }

    /** @return the deepest nesting of objects, arrays or elements; 64 (the formats need 8) */
    @Value.Default
    public int maxNestingDepth() {
        return 64;
    }

    /** @return the longest text value, in characters; 1,000,000 */
    @Value.Default
    public int maxStringLength() {
        return 1_000_000;
    }

    /** @return the most events of one catalog; 1,000,000 */
    @Value.Default
    public int maxEvents() {
        return 1_000_000;
    }

    /** @return the most sessions in one event's programme; 100,000 */
    @Value.Default
    public int maxSessionsPerEvent() {
        return 100_000;
    }

    /** @return the most days of one event; 366 (at most {@link #MAX_EVENT_DAYS}) */
    @Value.Default
    public int maxDaysPerEvent() {
        return 366;
    }

    /**
     * @return the most elements of any other list (people, organisations, contributions, topics,
     *     rooms…); 1,000,000
     */
    @Value.Default
    public int maxListLength() {
        return 1_000_000;
    }

    /**
     * @param location where in the input (a JSON pointer, a line)
     * @param found what was found there, e.g. {@code "100001 sessions"}
     * @param limit the limit's name, e.g. {@code "maxSessionsPerEvent"}
     * @param value the limit's value
     * @return the exception to throw, naming the limit
     */
    public static InputException exceeded(String location, String found, String limit, long value) {
        return new InputException(location, found, String.format(java.util.Locale.ROOT,
                "at most %,d (the limit ReadLimits.%s)", value, limit), null);
    }

    /**
     * Bounds a byte stream by {@link #maxDocumentLength()}: reading past it fails with an
     * exception naming the limit, so a reader never takes in more than the limit allows (a
     * stream without end, such as a FIFO that keeps writing, included).
     *
     * @param in the input; closed when the returned stream is closed
     * @return the same bytes, at most {@link #maxDocumentLength()} of them
     */
    public InputStream bounded(InputStream in) {
        long max = maxDocumentLength();
        return new InputStream() {
            private long count;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = in.skip(n);
                counted(skipped);
                return skipped;
            }

            @Override
            public int available() throws IOException {
                return in.available();
            }

            @Override
            public void close() throws IOException {
                in.close();
            }

            private void counted(long n) {
                count += n;
                if (count > max) {
                    throw exceeded("byte " + (max + 1), "more than " + max + " bytes", "maxDocumentLength", max);
                }
            }
        };
    }

    /**
     * Checks a catalog a reader built against these limits: the number of events, the sessions
     * and days of each event, the length of every list, and the length of the titles, names and
     * descriptions. Readers call it before they return, in addition to what they check while
     * reading.
     *
     * @param catalog what a reader built
     * @return the catalog
     * @throws InputException naming the first limit exceeded and where (e.g. {@code event e1,
     *     session s2})
     */
    public Catalog check(Catalog catalog) {
        count("catalog", "events", catalog.events().size(), "maxEvents", maxEvents());
        list("catalog", "people", catalog.people());
        list("catalog", "organizations", catalog.organizations());
        list("catalog", "series", catalog.series());
        list("catalog", "venues", catalog.venues());
        list("catalog", "projects", catalog.projects());
        list("catalog", "fundingProgrammes", catalog.fundingProgrammes());
        list("catalog", "labs", catalog.labs());
        list("catalog", "awards", catalog.awards());
        for (Event e : catalog.events()) {
            String where = "event " + e.id();
            count(where, "sessions", e.programme().size(), "maxSessionsPerEvent", maxSessionsPerEvent());
            count(where, "days", e.days(), "maxDaysPerEvent", maxDaysPerEvent());
            list(where, "contributions", e.contributions());
            list(where, "involvements", e.involvements());
            list(where, "blocks", e.blocks());
            list(where, "topics", e.topics());
            text(where, "title", Optional.of(e.title()));
            text(where, "description", e.description());
            for (Session s : e.programme()) {
                String at = where + ", session " + s.id();
                text(at, "title", Optional.of(s.title()));
                text(at, "description", s.description());
                list(at, "contributions", s.contributions());
            }
        }
        for (io.github.konvent.people.Person p : catalog.people()) {
            text("person " + p.id(), "familyName", Optional.of(p.familyName()));
        }
        return catalog;
    }

    private void list(String where, String what, List<?> list) {
        count(where, what, list.size(), "maxListLength", maxListLength());
    }

    private static void count(String where, String what, long n, String limit, long max) {
        if (n > max) {
            throw exceeded(where, n + " " + what, limit, max);
        }
    }

    private void text(String where, String what, Optional<String> text) {
        if (text.isPresent() && text.get().length() > maxStringLength()) {
            throw exceeded(where + " (" + what + ")", "a text of " + text.get().length() + " characters",
                    "maxStringLength", maxStringLength());
        }
    }

    @Value.Check
    void check() {
        positive("maxDocumentLength", maxDocumentLength());
        positive("maxNestingDepth", maxNestingDepth());
        positive("maxStringLength", maxStringLength());
        positive("maxEvents", maxEvents());
        positive("maxSessionsPerEvent", maxSessionsPerEvent());
        positive("maxListLength", maxListLength());
        positive("maxDaysPerEvent", maxDaysPerEvent());
        if (maxDaysPerEvent() > MAX_EVENT_DAYS) {
            throw new io.github.konvent.ModelException("ReadLimits.maxDaysPerEvent", String.valueOf(maxDaysPerEvent()),
                    "at most " + MAX_EVENT_DAYS + " (ReadLimits.MAX_EVENT_DAYS)");
        }
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new io.github.konvent.ModelException("ReadLimits." + name, String.valueOf(value), "at least 1");
        }
    }

    /** Builds {@link ReadLimits}. */
    public static final class Builder extends ImmutableReadLimits.Builder {
        Builder() {}
    }
}
