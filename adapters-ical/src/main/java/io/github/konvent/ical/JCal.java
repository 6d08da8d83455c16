package io.github.konvent.ical;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * jCal (RFC 7265), iCalendar as JSON: read into the {@link Component} model of the iCalendar
 * reader, written from Konvent's iCalendar output. Locations in errors are JSON pointers with the
 * line, e.g. {@code /2/0/1/3 line 9}.
 */
final class JCal {
    /** Nesting limit of the JSON (components nest at most {@link Component#MAX_DEPTH} deep). */
    static final int MAX_JSON_DEPTH = 2 * Component.MAX_DEPTH + 8;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH)
                    .maxStringLength(ContentLines.MAX_LINE)
                    .maxNumberLength(100)
                    .build())
            .build();

    private JCal() {}

    /**
     * @param in jCal as UTF-8
     * @return the VCALENDAR
     * @throws io.github.konvent.InputException on malformed JSON or jCal
     */
    static Component read(InputStream in) {
        JsonParser p = null;
        try {
            p = FACTORY.createParser(ObjectReadContext.empty(), io.github.konvent.spi.StrictUtf8.of(in));
            JsonToken t = p.nextToken();
            if (t == null) {
                throw Errors.input("line 1", "an empty file", "a jCal array [\"vcalendar\", [...], [...]]");
            }
            Reader r = new Reader(p);
            Component calendar = r.component("", null, 0);
            if (!calendar.name.equals("VCALENDAR")) {
                throw Errors.input(calendar.at, "the component " + calendar.name.toLowerCase(Locale.ROOT), "\"vcalendar\"");
            }
            if (p.nextToken() != null) {
                throw Errors.input(r.where(""), "more JSON after the calendar", "the end of the input");
            }
            return calendar;
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            if ((l == null || l.getLineNr() < 1) && p != null) {
                l = p.currentLocation(); // the limits of StreamReadConstraints carry no location
            }
            String where = l == null ? "the input" : "line " + l.getLineNr() + ", column " + l.getColumnNr();
            throw Errors.input(where, ContentLines.shorten(String.valueOf(e.getOriginalMessage())), "well-formed JSON", e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (JacksonException e) {
                    // closing a parser that already failed
                }
            }
        }
    }

    private static final class Reader {
        private final JsonParser p;
        private int ordinal;

        Reader(JsonParser p) {
            this.p = p;
        }

        String where(String pointer) {
            return (pointer.isEmpty() ? "/" : pointer) + " line " + p.currentTokenLocation().getLineNr();
        }

        private void expect(JsonToken want, String pointer, String what) {
            JsonToken t = p.currentToken();
            if (t != want) {
                throw Errors.input(where(pointer), describe(t), what);
            }
        }

        private String describe(JsonToken t) {
            if (t == null) {
                return "the end of the input";
            }
            return switch (t) {
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                case END_ARRAY -> "the end of the array";
                case END_OBJECT -> "the end of the object";
                case VALUE_STRING -> "the string \"" + ContentLines.shorten(p.getString()) + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + ContentLines.shorten(p.getString());
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> t.toString();
            };
        }

        /** Reads [name, [properties], [components]] with the parser on its START_ARRAY. */
        Component component(String pointer, Component parent, int depth) {
            expect(JsonToken.START_ARRAY, pointer, "a component [\"name\", [properties], [components]]");
            p.nextToken();
            expect(JsonToken.VALUE_STRING, pointer + "/0", "the component's name as a string");
            String name = p.getString().trim();
            if (!name.matches("[A-Za-z][A-Za-z0-9-]{0,63}")) {
                throw Errors.input(where(pointer + "/0"), "the name \"" + ContentLines.shorten(name) + "\"", "a component name such as \"vevent\"");
            }
            Component.checkNesting(parent, name, depth, where(pointer));
            Component c = new Component(name, where(pointer), ++ordinal);
            p.nextToken();
            expect(JsonToken.START_ARRAY, pointer + "/1", "the component's properties as an array");
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                c.props.add(property(pointer + "/1/" + i++));
            }
            p.nextToken();
            expect(JsonToken.START_ARRAY, pointer + "/2", "the component's sub-components as an array");
            i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                c.children.add(component(pointer + "/2/" + i++, c, depth + 1));
            }
            p.nextToken();
            expect(JsonToken.END_ARRAY, pointer + "/3", "the end of the component after three members");
            return c;
        }

        /** Reads [name, {params}, type, value...] with the parser on its START_ARRAY. */
        ContentLines.Line property(String pointer) {
            expect(JsonToken.START_ARRAY, pointer, "a property [\"name\", {parameters}, \"type\", value]");
            String at = where(pointer);
            p.nextToken();
            expect(JsonToken.VALUE_STRING, pointer + "/0", "the property's name as a string");
            String name = p.getString().trim().toUpperCase(Locale.ROOT);
            if (!name.matches("[A-Z0-9-]{1,64}")) {
                throw Errors.input(where(pointer + "/0"), "the name \"" + ContentLines.shorten(name) + "\"", "a property name such as \"dtstart\"");
            }
            p.nextToken();
            expect(JsonToken.START_OBJECT, pointer + "/1", "the property's parameters as an object");
            Map<String, String> params = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String param = p.currentName().toUpperCase(Locale.ROOT);
                JsonToken t = p.nextToken();
                if (t == JsonToken.VALUE_STRING) {
                    params.putIfAbsent(param, p.getString());
                } else if (t == JsonToken.START_ARRAY) {
                    List<String> values = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        expect(JsonToken.VALUE_STRING, pointer + "/1/" + param.toLowerCase(Locale.ROOT), "a parameter value as a string");
                        values.add(p.getString());
                    }
                    params.putIfAbsent(param, String.join(",", values));
                } else {
                    throw Errors.input(where(pointer + "/1/" + param.toLowerCase(Locale.ROOT)), describe(t),
                            "a parameter value as a string or an array of strings");
                }
            }
            p.nextToken();
            expect(JsonToken.VALUE_STRING, pointer + "/2", "the value type as a string, e.g. \"text\" or \"date-time\"");
            String type = p.getString().trim().toLowerCase(Locale.ROOT);
            List<String> values = new ArrayList<>();
            int i = 3;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String vp = pointer + "/" + i++;
                JsonToken t = p.currentToken();
                if (type.equals("recur")) {
                    values.add(recur(vp, at, name));
                } else if (t == JsonToken.START_ARRAY) {
                    // structured (GEO, REQUEST-STATUS) or period values
                    List<String> parts = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        parts.add(scalar(vp + "/" + parts.size(), type));
                    }
                    values.add(String.join(type.equals("period") ? "/" : name.equals("GEO") ? ";" : ";", parts));
                } else {
                    values.add(scalar(vp, type));
                }
            }
            if (name.equals("GEO") && values.size() == 1 && values.get(0).contains(";")) {
                String[] ll = values.get(0).split(";", -1);
                values = List.of(ll);
            }
            return TypedValues.line(at, name, params, type, values);
        }

        private String scalar(String pointer, String type) {
            JsonToken t = p.currentToken();
            boolean number = type.equals("integer") || type.equals("float");
            if (t == JsonToken.VALUE_STRING && !number && !type.equals("boolean")) {
                return p.getString();
            }
            if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT && type.equals("float")) && number) {
                return p.getString();
            }
            if ((t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) && type.equals("boolean")) {
                return t == JsonToken.VALUE_TRUE ? "TRUE" : "FALSE";
            }
            throw Errors.input(where(pointer), describe(t), "a " + (number ? "number" : type.equals("boolean") ? "boolean"
                    : "string") + " for a value of type " + type);
        }

        private String recur(String pointer, String at, String name) {
            expect(JsonToken.START_OBJECT, pointer, "a recurrence rule as an object, e.g. {\"freq\": \"YEARLY\"}");
            List<Map.Entry<String, String>> parts = new ArrayList<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY) {
                    List<String> values = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        values.add(recurValue(pointer + "/" + key));
                    }
                    parts.add(Map.entry(key, String.join(",", values)));
                } else {
                    parts.add(Map.entry(key, recurValue(pointer + "/" + key)));
                }
            }
            return TypedValues.recur(at, parts);
        }

        private String recurValue(String pointer) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
                return p.getString();
            }
            throw Errors.input(where(pointer), describe(t), "a string or an integer in a recurrence rule");
        }
    }

    /**
     * @param calendar a VCALENDAR (from Konvent's iCalendar output)
     * @return it as jCal text
     */
    static String write(Component calendar) {
        StringBuilder sb = new StringBuilder(4096);
        component(sb, calendar, 0);
        sb.append('\n');
        return sb.toString();
    }

    private static void component(StringBuilder sb, Component c, int indent) {
        String pad = "  ".repeat(indent);
        sb.append('[');
        string(sb, c.name.toLowerCase(Locale.ROOT));
        sb.append(", [");
        boolean first = true;
        for (ContentLines.Line l : c.props) {
            sb.append(first ? "\n" : ",\n").append(pad).append("    ");
            first = false;
            property(sb, l);
        }
        sb.append(first ? "], [" : "\n" + pad + "  ], [");
        first = true;
        for (Component child : c.children) {
            sb.append(first ? "\n" : ",\n").append(pad).append("    ");
            first = false;
            component(sb, child, indent + 2);
        }
        sb.append(first ? "]]" : "\n" + pad + "  ]]");
    }

    private static void property(StringBuilder sb, ContentLines.Line l) {
        TypedValues.Typed t = TypedValues.typed(l);
        sb.append('[');
        string(sb, l.name().toLowerCase(Locale.ROOT));
        sb.append(", {");
        boolean first = true;
        for (Map.Entry<String, String> p : l.params().entrySet()) {
            if (p.getKey().equals("VALUE")) {
                continue;
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            string(sb, p.getKey().toLowerCase(Locale.ROOT));
            sb.append(": ");
            string(sb, p.getValue());
        }
        sb.append("}, ");
        string(sb, t.type());
        if (t.isRecur()) {
            sb.append(", {");
            boolean f = true;
            for (Map.Entry<String, String> part : t.recur()) {
                if (!f) {
                    sb.append(", ");
                }
                f = false;
                string(sb, part.getKey());
                sb.append(": ");
                String[] values = part.getValue().split(",");
                boolean number = TypedValues.recurNumber(part.getKey());
                if (values.length > 1) {
                    sb.append('[');
                    for (int i = 0; i < values.length; i++) {
                        sb.append(i == 0 ? "" : ", ");
                        scalar(sb, values[i], number);
                    }
                    sb.append(']');
                } else {
                    scalar(sb, part.getValue(), number);
                }
            }
            sb.append('}');
        } else if (l.name().equals("GEO")) {
            sb.append(", [").append(String.join(", ", t.values())).append(']');
        } else {
            for (String v : t.values()) {
                sb.append(", ");
                scalar(sb, v, t.numeric());
            }
        }
        sb.append(']');
    }

    private static void scalar(StringBuilder sb, String v, boolean number) {
        if (number && v.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            sb.append(v);
        } else {
            string(sb, v);
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
