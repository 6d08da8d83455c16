package io.github.konvent.json;

import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.ModelException;
import io.github.konvent.spi.ReadLimits;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A JSON parser with the checks of the Konvent format: each failure becomes an
 * {@link InputException} naming the JSON pointer, what was found and what was expected.
 */
final class JsonInput {
    private static final int SHOWN = 60;

    final JsonParser parser;
    final boolean strict;
    final ReadLimits limits;
    private final String prefix;
    private final Shared shared;

    JsonInput(JsonParser parser, boolean strict, String prefix) {
        this(parser, strict, prefix, new Shared(), ReadLimits.defaults());
    }

    JsonInput(JsonParser parser, boolean strict, String prefix, Shared shared, ReadLimits limits) {
        this.parser = parser;
        this.strict = strict;
        this.prefix = prefix;
        this.shared = shared;
        this.limits = limits;
    }

    /**
     * Values that repeat across a document (labels, topics, referenced ids, times) are kept
     * once, so that a catalog read from JSON is no larger than one built in memory. Bounded.
     */
    static final class Shared {
        private static final int SIZE = 1 << 14;
        /** A direct-mapped cache: a slot keeps the last string whose hash fell on it. */
        private final String[] strings = new String[SIZE];
        private final java.util.HashMap<String, LocalTime> times = new java.util.HashMap<>();

        String string(String s) {
            int slot = (s.hashCode() * 0x9E3779B9 >>> 18) & (SIZE - 1);
            String old = strings[slot];
            if (old != null && old.equals(s)) {
                return old;
            }
            strings[slot] = s;
            return s;
        }

        LocalTime time(String s) {
            LocalTime t = times.get(s);
            if (t == null) {
                t = LocalTime.parse(s);
                if (times.size() < 4096) {
                    times.put(s, t);
                }
            }
            return t;
        }
    }

    String shared(String s) {
        return shared.string(s);
    }

    <E extends Enum<E>> E enumOf(Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw fail("one of " + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    /** @return the JSON pointer of the current token (of the current property, inside an object) */
    String pointer() {
        String p = parser.streamReadContext().pathAsPointer().toString();
        String full = prefix + p;
        return full.isEmpty() ? "/" : full;
    }

    /** @return the pointer of the current property name or value, in the parent's frame when at a start token */
    String valuePointer() {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            var parent = parser.streamReadContext().getParent();
            String p = parent == null ? "" : parent.pathAsPointer().toString();
            String full = prefix + p;
            return full.isEmpty() ? "/" : full;
        }
        return pointer();
    }

    static String child(String pointer, String name) {
        return ("/".equals(pointer) ? "" : pointer) + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    InputException fail(String expected) {
        return new InputException(valuePointer(), found(), expected, null);
    }

    InputException fail(String expected, Throwable cause) {
        return new InputException(valuePointer(), found(), expected, cause);
    }

    String found() {
        JsonToken t = parser.currentToken();
        if (t == null) {
            return "the end of the input";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case END_OBJECT:
                return "the end of the object";
            case END_ARRAY:
                return "the end of the array";
            case VALUE_STRING:
                return "'" + shorten(parser.getString()) + "'";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + shorten(parser.getString());
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            case PROPERTY_NAME:
                return "the property '" + shorten(parser.currentName()) + "'";
            default:
                return t.toString();
        }
    }

    static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "… (" + s.length() + " characters)";
    }

    void startObject(String what) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw fail(what);
        }
    }

    /** Expects the current token to start an object. */
    void atObject(String what) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw fail(what);
        }
    }

    /**
     * Moves to the next property of the current object.
     *
     * @return its name, or null at the end of the object
     */
    String nextName() {
        String name = parser.nextName();
        if (name == null && parser.currentToken() != JsonToken.END_OBJECT) {
            throw fail("a property name or the end of the object");
        }
        return name;
    }

    /** Handles a property this reader does not know: an error when strict, skipped when lenient. */
    void unknown(String object, String known) {
        if (strict) {
            throw new InputException(pointer(), "the unknown property '" + shorten(parser.currentName()) + "'",
                    "one of the properties of " + object + ": " + known, null);
        }
        parser.nextToken();
        parser.skipChildren();
    }

    /** Moves to the next array element: true if there is one, false at the end of the array. */
    boolean nextElement() {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return false;
        }
        if (t == null) {
            throw fail("an array element or the end of the array");
        }
        return true;
    }

    void startArray(String what) {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            throw fail("an array of " + what);
        }
    }

    String string(String what) {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
            throw fail(what);
        }
        return parser.getString();
    }

    /** Reads the current token as a string. */
    String currentString(String what) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw fail(what);
        }
        return parser.getString();
    }

    String text(String what) {
        String s = string(what);
        if (s.isBlank()) {
            throw fail(what + " (not blank)");
        }
        return s;
    }

    int integer(String what) {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            throw fail(what);
        }
        return parser.getIntValue();
    }

    long longInteger(String what) {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT
                || (parser.getNumberType() != JsonParser.NumberType.INT
                        && parser.getNumberType() != JsonParser.NumberType.LONG)) {
            throw fail(what);
        }
        return parser.getLongValue();
    }

    double decimal(String what) {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(what);
        }
        return parser.getDoubleValue();
    }

    BigDecimal bigDecimal(String what) {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(what);
        }
        return parser.getDecimalValue();
    }

    boolean bool(String what) {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw fail(what);
    }

    <T> T parse(String what, Function<String, T> parse) {
        String s = string(what);
        return convert(what, s, parse);
    }

    <T> T convert(String what, String s, Function<String, T> parse) {
        try {
            return parse.apply(s);
        } catch (DateTimeParseException | IllegalArgumentException | KonventException e) {
            throw fail(what, e);
        }
    }

    LocalTime time() {
        return parse("a time hh:mm from 00:00 to 23:59", shared::time);
    }

    LocalDate date() {
        return parse("a date yyyy-mm-dd in the years 1900 to 2200", LocalDate::parse);
    }

    LocalDateTime dateTime() {
        return parse("a local date-time yyyy-mm-ddThh:mm", LocalDateTime::parse);
    }

    ZoneId zone() {
        return parse("a time zone id such as Europe/Berlin", s -> {
            try {
                return ZoneId.of(s);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    URI uri() {
        return parse("an absolute URI", s -> {
            try {
                URI u = new URI(s);
                if (!u.isAbsolute()) {
                    throw new IllegalArgumentException("not absolute");
                }
                return u;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
            throw fail("one of " + Arrays.toString(type.getEnumConstants()));
        }
        return enumOf(type, parser.getString());
    }

    /**
     * Builds a value; a broken invariant or a missing required property becomes an {@link
     * InputException} at the object's pointer.
     */
    static <T> T build(String pointer, Supplier<T> build) {
        return build(() -> pointer, build, location -> pointer);
    }

    static <T> T build(Supplier<String> pointer, Supplier<T> build) {
        return build(pointer, build, location -> pointer.get());
    }

    /**
     * Like {@link #build(String, Supplier)}, with a function that finds the pointer of the object a
     * broken invariant's location names (a session named inside an event's message).
     */
    static <T> T build(Supplier<String> pointerOf, Supplier<T> build, Function<String, String> objectOf) {
        try {
            return build.get();
        } catch (ModelException e) {
            String location = e.location().orElse("");
            String field = lastWord(location);
            String object = objectOf.apply(location);
            String at = field.isEmpty() ? object : ("/".equals(object) ? "" : object) + "/" + field;
            String msg = e.getMessage();
            int f = msg.indexOf(": found ");
            int x = msg.lastIndexOf(", expected ");
            String found = f >= 0 && x > f ? msg.substring(f + 8, x) : msg;
            String expected = x >= 0 ? msg.substring(x + 11) : "a valid value";
            throw new InputException(at, found, expected, e);
        } catch (IllegalStateException e) {
            String pointer = pointerOf.get();
            String msg = String.valueOf(e.getMessage());
            int open = msg.indexOf('[');
            int close = msg.indexOf(']', open + 1);
            String missing = open >= 0 && close > open ? msg.substring(open + 1, close) : "";
            String first = missing.split(",")[0].trim();
            throw new InputException(first.isEmpty() ? pointer : child(pointer, first), "nothing",
                    "the required property '" + (first.isEmpty() ? "?" : first) + "'"
                            + (missing.contains(",") ? " (missing too: " + missing + ")" : ""), e);
        }
    }

    private static String lastWord(String location) {
        String[] parts = location.split("[ .]");
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        int bracket = last.indexOf('[');
        if (bracket > 0) {
            return last.substring(0, bracket) + "/" + last.substring(bracket + 1, last.length() - 1);
        }
        return last.matches("[a-z][A-Za-z]*") ? last : "";
    }
}
