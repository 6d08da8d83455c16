package io.github.konvent.json;

import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.spi.ProgrammeImport;
import io.github.konvent.spi.ReadLimits;
import java.io.InputStream;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Walks a c3voc schedule document (v1 or schedule2) with Jackson's tokens, so that a reader never
 * holds more than one talk, room or person of the input as a tree: the structure is followed token
 * by token and each of these small objects is read into a tree of its own, checked and dropped.
 * The document's bytes, nesting and strings are bounded by the {@link ReadLimits}.
 */
final class ScheduleTokens implements AutoCloseable {
    private static final JsonMapper DEFAULT_TREES = JsonMapper.builder(KonventJson.FACTORY)
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    final JsonParser parser;
    final ReadLimits limits;
    private final JsonMapper trees;
    private final String expected;

    private ScheduleTokens(JsonParser parser, JsonMapper trees, ReadLimits limits, String expected) {
        this.parser = parser;
        this.trees = trees;
        this.limits = limits;
        this.expected = expected;
    }

    private static JsonMapper trees(ReadLimits limits) {
        return limits.equals(ReadLimits.defaults()) ? DEFAULT_TREES : JsonMapper.builder(KonventJson.factoryFor(limits))
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /**
     * @param in the document's bytes; not closed
     * @param expected what the document should be, for the message of a syntax error
     */
    static ScheduleTokens open(InputStream in, ReadLimits limits, String expected) {
        JsonMapper trees = trees(limits);
        try {
            return new ScheduleTokens(trees.createParser(limits.bounded(in)), trees, limits,
                    expected);
        } catch (JacksonException e) {
            throw new InputException("/", JsonInput.shorten(String.valueOf(e.getOriginalMessage())), expected, e);
        }
    }

    /** @param in the document's characters; not closed */
    static ScheduleTokens open(Reader in, ReadLimits limits, String expected) {
        JsonMapper trees = trees(limits);
        try {
            return new ScheduleTokens(trees.createParser(in), trees, limits, expected);
        } catch (JacksonException e) {
            throw new InputException("/", JsonInput.shorten(String.valueOf(e.getOriginalMessage())), expected, e);
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (JacksonException e) {
            // nothing left to release
        }
    }

    /**
     * Runs a read; what Jackson throws (bad syntax, a stream limit) becomes an {@link
     * InputException} at {@code /}, as for a document read whole.
     */
    <T> T guard(Supplier<T> read) {
        try {
            return read.get();
        } catch (StreamConstraintsException e) {
            throw new InputException("/", e.getOriginalMessage(), String.format(java.util.Locale.ROOT,
                    "a document within Konvent's limits (nesting depth %,d: the limit ReadLimits.maxNestingDepth; "
                            + "strings of at most %,d characters: ReadLimits.maxStringLength; at most %,d bytes: "
                            + "ReadLimits.maxDocumentLength)", limits.maxNestingDepth(), limits.maxStringLength(),
                    limits.maxDocumentLength()), e);
        } catch (JacksonException e) {
            throw new InputException("/", JsonInput.shorten(String.valueOf(e.getOriginalMessage())), expected, e);
        }
    }

    /** Moves to the document's first token; an empty input fails. */
    JsonToken first() {
        JsonToken t = parser.nextToken();
        if (t == null) {
            throw new InputException("/", "an empty input", expected, null);
        }
        return t;
    }

    /** Expects the end of the input after the document. */
    void end() {
        if (parser.nextToken() != null) {
            throw new InputException("/", "more after the end of the document", expected, null);
        }
    }

    /** @return the next property name of the current object, its value's first token current; null at the end */
    String nextProperty() {
        String name = parser.nextName();
        if (name != null) {
            parser.nextToken();
        }
        return name;
    }

    /** @return the current value as a tree, read to its end */
    JsonNode tree() {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return NullNode.getInstance();
        }
        return trees.readTree(parser);
    }

    /** @return whether the current value is absent in the sense of the schemas: null */
    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /**
     * Expects an array (an optional one: null is empty) at the current token.
     *
     * @return false for null
     */
    boolean optionalArray(String pointer) {
        if (isNull()) {
            return false;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new InputException(pointer, Nodes.kind(tree()), "an array", null);
        }
        return true;
    }

    /** @return whether there is a next element of the current array, then current */
    boolean nextElement() {
        return parser.nextToken() != JsonToken.END_ARRAY;
    }

    /** Skips the current value. */
    void skip() {
        parser.skipChildren();
    }

    /**
     * Calls {@code each} with the pointer and node of every element of the optional array {@code
     * field} of {@code parent}: each counted against {@code maxListLength} and required to be an
     * object ({@code what} names it in the error).
     */
    void forEachObject(JsonNode parent, String at, String field, String what,
            java.util.function.BiConsumer<String, JsonNode> each) {
        JsonNode array = Nodes.optionalArray(parent, at, field);
        for (int i = 0; i < array.size(); i++) {
            String pointer = at + "/" + field + "/" + i;
            listElement(pointer, i);
            JsonNode n = array.get(i);
            if (!n.isObject()) {
                throw new InputException(pointer, Nodes.kind(n), what, null);
            }
            each.accept(pointer, n);
        }
    }

    /**
     * A list of a schedule (rooms, tracks, persons, days) must stay within {@link
     * ReadLimits#maxListLength()}.
     *
     * @param index the next element's index
     */
    void listElement(String pointer, int index) {
        if (index >= limits.maxListLength()) {
            throw ReadLimits.exceeded(pointer, "more than " + limits.maxListLength() + " elements", "maxListLength",
                    limits.maxListLength());
        }
    }

    /**
     * Adds a c3voc person (frab's {@code id}/{@code public_name} or pretalx's {@code code}/{@code
     * name}) to a talk.
     *
     * @return the person's guid, or null
     */
    static String person(JsonNode n, String p, String scheme, ContributionRole role, ProgrammeImport.Talk talk,
            ReadLimits limits) {
        if (!n.isObject()) {
            throw new InputException(p, Nodes.kind(n), "a person object", null);
        }
        String name = Nodes.optionalText(n, p, "public_name").or(() -> Nodes.optionalText(n, p, "name"))
                .map(String::strip).orElseThrow(() -> new InputException(p + "/name", "nothing",
                        "a person's name or public_name", null));
        String guid = Nodes.optionalId(n, p, "guid").orElse(null);
        String code = Nodes.optionalId(n, p, "code").orElse(null);
        String id = Nodes.optionalId(n, p, "id").orElse(null);
        Map<String, String> ids = Map.of();
        String key = null;
        if (guid != null || code != null || id != null) {
            ids = new LinkedHashMap<>(4);
            if (guid != null) {
                ids.put(scheme + ".guid", guid);
            }
            if (code != null) {
                ids.put(scheme + ".code", code);
            }
            if (id != null) {
                ids.put(scheme + ".id", id);
            }
            key = guid != null ? scheme + ".guid=" + guid : code != null ? scheme + ".code=" + code : scheme + ".id=" + id;
        }
        talk.addPerson(name, key, ids, role, limits, p);
        return guid;
    }

    /** Abstract and description of a talk, each present or not, as one text or null. */
    static String text(java.util.Optional<String> abstractText, java.util.Optional<String> description) {
        if (abstractText.isPresent() && description.isPresent()) {
            String t = abstractText.get() + "\n\n" + description.get();
            return t.isBlank() ? null : t;
        }
        String t = abstractText.or(() -> description).orElse("");
        return t.isBlank() ? null : t;
    }

    /** Turns anything but an {@link InputException} of a reader into bad input, never a crash. */
    static <T> T asInput(Supplier<T> read, String what) {
        try {
            return read.get();
        } catch (KonventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException("/", "a structure this reader cannot take (" + e.getClass().getSimpleName() + ")",
                    what, e);
        }
    }
}
