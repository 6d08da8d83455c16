package io.github.konvent.json;

import io.github.konvent.InputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Typed access to a JSON tree in which every failure names its JSON pointer. */
final class Nodes {
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,5}):([0-5][0-9])(:([0-5][0-9]))?");
    private static final Pattern ISO_DURATION = Pattern.compile("P(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)");

    private Nodes() {}

    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isString()) {
            return "'" + JsonInput.shorten(n.asString()) + "'";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isNumber()) {
            return "the number " + JsonInput.shorten(n.toString());
        }
        return n.isObject() ? "an object" : n.isArray() ? "an array" : n.toString();
    }

    static JsonNode object(JsonNode parent, String p, String name) {
        JsonNode v = parent.path(name);
        if (!v.isObject()) {
            throw new InputException(child(p, name), kind(v), "an object", null);
        }
        return v;
    }

    static JsonNode array(JsonNode parent, String p, String name) {
        JsonNode v = parent.path(name);
        if (!v.isArray()) {
            throw new InputException(child(p, name), kind(v), "an array", null);
        }
        return v;
    }

    /** An optional array: absent or null gives an empty node; anything else than an array fails. */
    static JsonNode optionalArray(JsonNode parent, String p, String name) {
        JsonNode v = parent.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!v.isArray()) {
            throw new InputException(child(p, name), kind(v), "an array", null);
        }
        return v;
    }

    static String text(JsonNode parent, String p, String name) {
        JsonNode v = parent.path(name);
        if (!v.isString() || v.asString().isBlank()) {
            throw new InputException(child(p, name), kind(v), "a text", null);
        }
        return v.asString();
    }

    /** An optional text: absent, null or blank give empty; a number gives its digits; other types fail. */
    static Optional<String> optionalText(JsonNode parent, String p, String name) {
        JsonNode v = parent.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        if (v.isString()) {
            return Optional.of(v.asString()).filter(s -> !s.isBlank());
        }
        throw new InputException(child(p, name), kind(v), "a text or null", null);
    }

    /** An optional identifier: a text or a whole number. */
    static Optional<String> optionalId(JsonNode parent, String p, String name) {
        JsonNode v = parent.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        if (v.isString()) {
            String s = v.asString().strip();
            if (s.length() > 1024 || hasControl(s)) {
                throw new InputException(child(p, name), kind(v), "an identifier of at most 1,024 characters", null);
            }
            return Optional.of(s).filter(x -> !x.isEmpty());
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Optional.of(String.valueOf(v.longValue()));
        }
        throw new InputException(child(p, name), kind(v), "an identifier (a text or a whole number)", null);
    }

    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int integer(JsonNode parent, String p, String name, int min, int max) {
        JsonNode v = parent.path(name);
        if (!v.isInt() || v.intValue() < min || v.intValue() > max) {
            throw new InputException(child(p, name), kind(v), "a whole number from " + min + " to " + max, null);
        }
        return v.intValue();
    }

    static <T> T convert(String p, String value, String expected, Function<String, T> f) {
        try {
            return f.apply(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InputException(p, "'" + JsonInput.shorten(value) + "'", expected, e);
        }
    }

    static LocalDate date(String p, String value) {
        return convert(p, value, "a date yyyy-mm-dd", LocalDate::parse);
    }

    static OffsetDateTime dateTime(String p, String value) {
        return convert(p, value, "a date-time with an offset, such as 2020-12-14T09:00:00+01:00",
                io.github.konvent.spi.ProgrammeImport::offsetDateTime);
    }

    static LocalTime time(String p, String value) {
        if (!HH_MM.matcher(value).matches()) {
            throw new InputException(p, "'" + JsonInput.shorten(value) + "'", "a time hh:mm from 00:00 to 23:59", null);
        }
        return LocalTime.parse(value);
    }

    static ZoneId zone(String p, String value) {
        return convert(p, value, "a time zone id such as Europe/Berlin", ZoneId::of);
    }

    /** A duration hh:mm (or hh:mm:ss, or ISO PT…), shorter than a day; blank gives null. */
    static Duration duration(String p, String value) {
        if (value.isBlank()) {
            return null;
        }
        Duration d;
        var m = DURATION.matcher(value.strip());
        if (m.matches()) {
            d = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)));
            if (m.group(4) != null) {
                d = d.plusSeconds(Long.parseLong(m.group(4)));
            }
        } else if (ISO_DURATION.matcher(value.strip()).matches()) {
            d = convert(p, value.strip(), "a duration hh:mm", Duration::parse);
        } else {
            throw new InputException(p, "'" + JsonInput.shorten(value) + "'", "a duration hh:mm", null);
        }
        if (d.compareTo(io.github.konvent.spi.ProgrammeImport.MAX_DURATION) >= 0) {
            throw new InputException(p, "'" + JsonInput.shorten(value) + "'", "a duration hh:mm of less than 24 hours", null);
        }
        return d;
    }

    static Optional<URI> uri(JsonNode parent, String name) {
        JsonNode v = parent.path(name);
        if (!v.isString()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(v.asString().strip());
            return u.isAbsolute() ? Optional.of(u) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
