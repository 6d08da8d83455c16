package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.spi.ReadLimits;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-line entry to the Konvent JSON format: read and write whole catalogs, single events
 * with what they refer to, and catalogs as JSON Lines (one event per line) for streaming.
 * Reading is strict (see {@link #readLenient(Reader)} for the one exception) and every failure is
 * an {@link InputException} naming a JSON pointer; nothing is returned for bad input. {@code
 * publish…} methods leave out contact points that are not marked public.
 */
public final class KonventJson {
    /** Deepest nesting of arrays and objects accepted (the format itself needs 8). */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest property name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** Largest document accepted, in bytes or characters (1 GiB); for JSON Lines, per line. */
    public static final long MAX_DOCUMENT_LENGTH = 1L << 30;

    private static final Logger LOG = LoggerFactory.getLogger(KonventJson.class);

    static final StreamReadConstraints LIMITS = constraints(ReadLimits.defaults());

    static final JsonFactory FACTORY = factory(LIMITS);

    private static StreamReadConstraints constraints(ReadLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(limits.maxDocumentLength())
                .build();
    }

    private static JsonFactory factory(StreamReadConstraints constraints) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    /** A parser factory with the stream limits of {@code limits} (the shared one for the defaults). */
    static JsonFactory factoryFor(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults()) ? FACTORY : factory(constraints(limits));
    }

    private static final JsonMapper STRICT = build(new KonventModule());
    private static final JsonMapper LENIENT = build(new KonventModule().lenient());

    /** Which contact points output holds. */
    public enum Contacts {
        /** Every contact point, public or not: for backups and exchange between trusted systems. */
        ALL,
        /** Only contact points marked public: for anything published. */
        PUBLIC_ONLY
    }

    private KonventJson() {}

    private static JsonMapper build(KonventModule module) {
        return JsonMapper.builder(FACTORY)
                .addModule(module)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * @return a mapper with the {@link KonventModule}, the documented stream limits and duplicate
     *     property detection; no default typing. Strict reading.
     */
    public static JsonMapper mapper() {
        return STRICT;
    }

    /** @return like {@link #mapper()}, but unknown properties are ignored */
    public static JsonMapper lenientMapper() {
        return LENIENT;
    }

    // ---- reading -----------------------------------------------------------------------------

    /**
     * @param json a catalog document
     * @return the catalog
     * @throws InputException naming the JSON pointer of the first problem
     */
    public static Catalog read(String json) {
        return read(new StringReader(json));
    }

    /**
     * @param in a catalog document; not closed
     * @return the catalog
     */
    public static Catalog read(Reader in) {
        return readDocument(STRICT.createParser(in), true);
    }

    /**
     * @param in a catalog document in UTF-8; not closed
     * @return the catalog
     */
    public static Catalog read(InputStream in) {
        return readDocument(open(() -> STRICT.createParser(in)), true);
    }

    /**
     * @param in a catalog document; unknown properties are skipped, everything else is as strict
     * @return the catalog
     */
    public static Catalog readLenient(Reader in) {
        return readDocument(STRICT.createParser(in), false);
    }

    /**
     * @param in a catalog document in UTF-8, read leniently (unknown properties are skipped)
     * @return the catalog
     */
    public static Catalog readLenient(InputStream in) {
        return readDocument(open(() -> STRICT.createParser(in)), false);
    }

    /** The format interface's read: strict or lenient, within {@code limits}. */
    static Catalog read(InputStream in, boolean strict, ReadLimits limits) {
        return readDocument(open(() -> factoryFor(limits).createParser(ObjectReadContext.empty(), in)), strict, limits);
    }

    /**
     * @param in a catalog document; not closed
     * @param limits the maximums to accept; beyond one the read fails naming it
     * @return the catalog
     */
    public static Catalog read(Reader in, ReadLimits limits) {
        return readDocument(factoryFor(limits).createParser(ObjectReadContext.empty(), in), true, limits);
    }

    /**
     * @param in a catalog document in UTF-8; not closed
     * @param limits the maximums to accept; beyond one the read fails naming it
     * @return the catalog
     */
    public static Catalog read(InputStream in, ReadLimits limits) {
        return readDocument(open(() -> factoryFor(limits).createParser(ObjectReadContext.empty(), in)), true, limits);
    }

    /**
     * Opens a parser over bytes: Jackson detects the encoding from the first bytes there, and
     * bytes of no encoding JSON allows (e.g. a UCS-4 byte order it does not support) are bad input.
     */
    private static JsonParser open(java.util.function.Supplier<JsonParser> parser) {
        try {
            return parser.get();
        } catch (tools.jackson.core.JacksonException e) {
            throw new InputException("/", "bytes in no encoding a JSON document may have ("
                    + JsonInput.shorten(String.valueOf(e.getOriginalMessage())) + ")", "a JSON document in UTF-8", e);
        }
    }

    private static Catalog readDocument(JsonParser p, boolean strict) {
        return readDocument(p, strict, ReadLimits.defaults());
    }

    private static Catalog readDocument(JsonParser p, boolean strict, ReadLimits limits) {
        try (p) {
            JsonInput in = new JsonInput(p, strict, "", new JsonInput.Shared(), limits);
            return guard(in, () -> {
                Catalog c = CatalogDocument.read(new ModelReader(in), false);
                if (p.nextToken() != null) {
                    throw in.fail("the end of the input after the catalog");
                }
                LOG.debug("read a catalog of {} events, {} sessions", c.events().size(), c.sessionCount());
                return c;
            });
        }
    }

    /** Runs a read and turns anything Jackson throws into an {@link InputException} with a pointer. */
    static <T> T guard(JsonInput in, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (StreamConstraintsException e) {
            ReadLimits l = in.limits;
            throw new InputException(safePointer(in), e.getOriginalMessage(), String.format(java.util.Locale.ROOT,
                    "a document within Konvent's limits: ReadLimits.maxNestingDepth (%,d), maxStringLength (%,d characters) "
                            + "and maxDocumentLength (%,d bytes), names of at most %,d and numbers of at most %,d "
                            + "characters", l.maxNestingDepth(), l.maxStringLength(), l.maxDocumentLength(),
                    MAX_NAME_LENGTH, MAX_NUMBER_LENGTH), e);
        } catch (StreamReadException e) {
            TokenStreamLocation l = e.getLocation();
            String where = l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
            throw new InputException(safePointer(in), JsonInput.shorten(String.valueOf(e.getOriginalMessage())) + where,
                    "well-formed JSON in UTF-8", e);
        } catch (JacksonException e) {
            throw new InputException(safePointer(in), "a failure reading the input: " + e.getOriginalMessage(),
                    "a readable document", e);
        } catch (KonventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException(safePointer(in), "an unexpected failure: " + e, "a valid document", e);
        }
    }

    private static String safePointer(JsonInput in) {
        try {
            return in.pointer();
        } catch (RuntimeException e) {
            return "/";
        }
    }

    // ---- writing -----------------------------------------------------------------------------

    /**
     * @param catalog a catalog
     * @return its document, with every contact point (not for publishing: see {@link #publish(Catalog)})
     */
    public static String write(Catalog catalog) {
        StringWriter out = new StringWriter();
        write(catalog, out, Contacts.ALL);
        return out.toString();
    }

    /**
     * @param catalog a catalog
     * @return its document without contact points that are not marked public
     */
    public static String publish(Catalog catalog) {
        StringWriter out = new StringWriter();
        write(catalog, out, Contacts.PUBLIC_ONLY);
        return out.toString();
    }

    /**
     * @param catalog a catalog
     * @param out where to write the document (UTF-8); not closed
     */
    public static void publish(Catalog catalog, OutputStream out) {
        write(catalog, out, Contacts.PUBLIC_ONLY);
    }

    /**
     * @param catalog a catalog
     * @param out where to write the document; not closed
     * @param contacts which contact points to write
     */
    public static void write(Catalog catalog, Writer out, Contacts contacts) {
        writeWith(STRICT.createGenerator(out), g -> CatalogDocument.write(g, catalog, contacts == Contacts.PUBLIC_ONLY));
    }

    /**
     * @param catalog a catalog
     * @param out where to write the document (UTF-8); not closed
     * @param contacts which contact points to write
     */
    public static void write(Catalog catalog, OutputStream out, Contacts contacts) {
        writeWith(STRICT.createGenerator(out), g -> CatalogDocument.write(g, catalog, contacts == Contacts.PUBLIC_ONLY));
    }

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @param contacts which contact points to write
     * @return a catalog document with that event and everything it refers to
     */
    public static String writeEvent(Catalog catalog, EventId event, Contacts contacts) {
        StringWriter out = new StringWriter();
        write(EventClosure.around(catalog, event), out, contacts);
        return out.toString();
    }

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @return a document with that event and what it refers to, without non-public contact points
     */
    public static String publishEvent(Catalog catalog, EventId event) {
        return writeEvent(catalog, event, Contacts.PUBLIC_ONLY);
    }

    private static void writeWith(JsonGenerator g, Consumer<JsonGenerator> write) {
        try (g) {
            write.accept(g);
        } catch (JacksonException e) {
            throw new KonventException("Could not write Konvent JSON: " + e.getOriginalMessage(), e);
        }
    }

    // ---- JSON Lines --------------------------------------------------------------------------

    /**
     * Writes a catalog as JSON Lines: a header line with the format version and every list but
     * the events, then one line per event.
     *
     * @param catalog a catalog
     * @param out where to write (UTF-8); not closed
     * @param contacts which contact points to write
     */
    public static void writeLines(Catalog catalog, OutputStream out, Contacts contacts) {
        writeLines(catalog, catalog.events().iterator(), out, contacts);
    }

    /**
     * Writes JSON Lines from a header and events that may be produced one at a time, so that not
     * every event needs to be in memory at once.
     *
     * @param header organisations, people, venues and the other lists; its events are ignored
     * @param events the events, written in this order
     * @param out where to write (UTF-8); not closed
     * @param contacts which contact points to write
     */
    public static void writeLines(Catalog header, Iterator<Event> events, OutputStream out, Contacts contacts) {
        boolean publicOnly = contacts == Contacts.PUBLIC_ONLY;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator g = STRICT.createGenerator(w);
        try {
            ModelWriter mw = new ModelWriter(g, publicOnly);
            g.writeStartObject();
            g.writeStringProperty("konvent", CatalogDocument.VERSION);
            g.writeStringProperty("lines", "header");
            CatalogDocument.writeLists(mw, header, false);
            g.writeEndObject();
            g.flush();
            w.write('\n');
            int n = 0;
            while (events.hasNext()) {
                mw.event(events.next());
                g.flush();
                w.write('\n');
                n++;
            }
            g.close();
            w.flush();
            LOG.debug("wrote {} events as JSON Lines", n);
        } catch (JacksonException e) {
            throw new KonventException("Could not write Konvent JSON Lines: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new KonventException("Could not write Konvent JSON Lines: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalog written by {@link #writeLines}; events are read one line at a time, so memory
     * holds the resulting catalog and one line, never the whole text. Errors name the line's
     * event as {@code /events/<n>/…}.
     *
     * @param in JSON Lines in UTF-8; not closed
     * @return the catalog
     */
    public static Catalog readLines(InputStream in) {
        return readLines(in, ReadLimits.defaults());
    }

    /**
     * Like {@link #readLines(InputStream)}, with other limits.
     *
     * @param in JSON Lines in UTF-8; not closed
     * @param limits the maximums to accept (maxDocumentLength applies per line)
     * @return the catalog
     */
    public static Catalog readLines(InputStream in, ReadLimits limits) {
        CatalogDocument.Parts parts = new CatalogDocument.Parts();
        readLines(in, true, parts, parts.events::add, limits);
        return parts.build();
    }

    /**
     * Reads JSON Lines and hands each event to a consumer as soon as it is read; the events are
     * checked one by one, references between them and the header are not.
     *
     * @param in JSON Lines in UTF-8; not closed
     * @param each receives every event in order
     */
    public static void forEachEvent(InputStream in, Consumer<Event> each) {
        readLines(in, true, new CatalogDocument.Parts(), each, ReadLimits.defaults());
    }

    private static void readLines(InputStream stream, boolean strict, CatalogDocument.Parts parts, Consumer<Event> each,
            ReadLimits limits) {
        JsonFactory factory = factoryFor(limits);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader lines = new BufferedReader(new InputStreamReader(stream, utf8), 1 << 16);
        int lineNo = 0;
        int event = 0;
        JsonInput.Shared shared = new JsonInput.Shared();
        try {
            String line;
            while ((line = readLine(lines, lineNo + 1)) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > limits.maxDocumentLength()) {
                    throw ReadLimits.exceeded("line " + lineNo, "a line of " + line.length() + " characters",
                            "maxDocumentLength", limits.maxDocumentLength());
                }
                if (lineNo == 1) {
                    parseLine(factory, line, "", strict, shared, limits, r -> header(r, parts));
                } else {
                    if (event >= limits.maxEvents()) {
                        throw ReadLimits.exceeded("line " + lineNo, "more than " + limits.maxEvents() + " events",
                                "maxEvents", limits.maxEvents());
                    }
                    Event e = parseLine(factory, line, "/events/" + event, strict, shared, limits, r -> r.event());
                    event++;
                    each.accept(e);
                }
            }
            if (lineNo == 0) {
                throw new InputException("line 1", "an empty input", "a JSON Lines header line", null);
            }
        } catch (UncheckedIOException e) {
            throw new KonventException("Could not read JSON Lines: " + e.getMessage(), e);
        }
    }

    private static String readLine(BufferedReader lines, int number) {
        try {
            return lines.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputException("line " + number, "bytes that are not UTF-8", "text in UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Void header(ModelReader r, CatalogDocument.Parts parts) {
        JsonInput in = r.input();
        in.startObject("a JSON Lines header object");
        boolean versioned = false;
        for (String n; (n = in.nextName()) != null; ) {
            if (n.equals("konvent")) {
                CatalogDocument.version(in);
                versioned = true;
            } else if (n.equals("lines")) {
                in.string("\"header\"");
            } else if (n.equals("events") || !CatalogDocument.readList(n, r, parts)) {
                in.unknown("a JSON Lines header", "konvent, lines, organizations, people, series, venues, "
                        + "fundingProgrammes, projects, labs, awards");
            }
        }
        if (!versioned) {
            throw new InputException("/konvent", "nothing", "the format version \"" + CatalogDocument.VERSION + "\"", null);
        }
        return null;
    }

    private static <T> T parseLine(JsonFactory factory, String line, String prefix, boolean strict,
            JsonInput.Shared shared, ReadLimits limits, Function<ModelReader, T> read) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line)) {
            JsonInput in = new JsonInput(p, strict, prefix, shared, limits);
            return guard(in, () -> {
                T t = read.apply(new ModelReader(in));
                if (p.nextToken() != null) {
                    throw in.fail("the end of the line");
                }
                return t;
            });
        }
    }
}
