package io.github.konvent.ical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The value types of jCal (RFC 7265) and xCal (RFC 6321) and their iCalendar text form: one table
 * for both directions, so that the readers turn typed values into the {@link Component} model of
 * the iCalendar reader and the writers turn Konvent's iCalendar output into typed values.
 */
final class TypedValues {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z?");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}Z?");
    private static final Pattern OFFSET = Pattern.compile("[+-]\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern ICS_DATE = Pattern.compile("\\d{8}");
    private static final Pattern ICS_DATE_TIME = Pattern.compile("\\d{8}T\\d{6}Z?");
    private static final Pattern ICS_OFFSET = Pattern.compile("[+-]\\d{4}(\\d{2})?");
    private static final Set<String> MULTI_TEXT = Set.of("CATEGORIES", "RESOURCES");
    private static final Set<String> RECUR_NUMBERS = Set.of("COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR",
            "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH", "BYSETPOS");
    private static final Map<String, String> DEFAULT_TYPES = Map.ofEntries(
            Map.entry("DTSTART", "date-time"), Map.entry("DTEND", "date-time"), Map.entry("DUE", "date-time"),
            Map.entry("RECURRENCE-ID", "date-time"), Map.entry("RDATE", "date-time"), Map.entry("EXDATE", "date-time"),
            Map.entry("DTSTAMP", "date-time"), Map.entry("CREATED", "date-time"), Map.entry("LAST-MODIFIED", "date-time"),
            Map.entry("COMPLETED", "date-time"), Map.entry("DURATION", "duration"), Map.entry("TRIGGER", "duration"),
            Map.entry("RRULE", "recur"), Map.entry("EXRULE", "recur"), Map.entry("GEO", "float"),
            Map.entry("SEQUENCE", "integer"), Map.entry("PRIORITY", "integer"), Map.entry("PERCENT-COMPLETE", "integer"),
            Map.entry("REPEAT", "integer"), Map.entry("URL", "uri"), Map.entry("TZURL", "uri"), Map.entry("SOURCE", "uri"),
            Map.entry("CONFERENCE", "uri"), Map.entry("IMAGE", "uri"), Map.entry("ATTACH", "uri"),
            Map.entry("ORGANIZER", "cal-address"), Map.entry("ATTENDEE", "cal-address"),
            Map.entry("CALENDAR-ADDRESS", "cal-address"), Map.entry("TZOFFSETFROM", "utc-offset"),
            Map.entry("TZOFFSETTO", "utc-offset"), Map.entry("FREEBUSY", "period"),
            Map.entry("X-WR-CALNAME", "text"), Map.entry("X-WR-CALDESC", "text"), Map.entry("X-WR-TIMEZONE", "text"),
            Map.entry("X-KONVENT-EXTERNAL-ID", "text"));

    private TypedValues() {}

    /**
     * @param name a property's name (upper case)
     * @param params its parameters; VALUE decides where present
     * @return the jCal/xCal type of its value
     */
    static String typeOf(String name, Map<String, String> params) {
        String value = params.get("VALUE");
        if (value != null) {
            return value.toLowerCase(Locale.ROOT);
        }
        String known = DEFAULT_TYPES.get(name);
        if (known != null) {
            return known;
        }
        return name.startsWith("X-") ? "unknown" : "text";
    }

    /**
     * Turns typed scalar values into the value of an iCalendar content line.
     *
     * @param at where the property is
     * @param name the property's name (upper case)
     * @param params its parameters (VALUE=DATE is added for dates)
     * @param type its type
     * @param values its values as text
     * @return the content line
     */
    static ContentLines.Line line(String at, String name, Map<String, String> params, String type, List<String> values) {
        if (values.isEmpty()) {
            throw Errors.input(at + " (" + name + ")", "a property without a value", "at least one value");
        }
        StringBuilder sb = new StringBuilder();
        char separator = name.equals("GEO") ? ';' : ',';
        for (String v : values) {
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(ics(at, name, type, v));
        }
        Map<String, String> p = params;
        if (type.equals("date") || type.equals("period") || type.equals("binary")) {
            p = new LinkedHashMap<>(params);
            p.put("VALUE", type.toUpperCase(Locale.ROOT));
        }
        if (sb.length() > ContentLines.MAX_LINE) {
            throw Errors.input(at + " (" + name + ")", "a value longer than " + ContentLines.MAX_LINE + " characters",
                    "shorter values");
        }
        return new ContentLines.Line(at, name, p, sb.toString());
    }

    private static String ics(String at, String name, String type, String v) {
        String where = at + " (" + name + ")";
        switch (type) {
            case "text" -> {
                return ContentLines.escape(v);
            }
            case "date" -> {
                check(where, v, DATE, "a date like 2020-09-18");
                return v.replace("-", "");
            }
            case "date-time" -> {
                check(where, v, DATE_TIME, "a date-time like 2020-09-18T11:00:00Z or 2020-09-18T11:00:00");
                return v.replace("-", "").replace(":", "");
            }
            case "time" -> {
                check(where, v, TIME, "a time like 11:00:00");
                return v.replace(":", "");
            }
            case "utc-offset" -> {
                check(where, v, OFFSET, "an offset like +01:00");
                return v.replace(":", "");
            }
            case "integer" -> {
                try {
                    Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw Errors.input(where, "'" + ContentLines.shorten(v) + "'", "an integer", e);
                }
                return v;
            }
            case "float" -> {
                try {
                    double d = Double.parseDouble(v);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw new NumberFormatException(v);
                    }
                } catch (NumberFormatException e) {
                    throw Errors.input(where, "'" + ContentLines.shorten(v) + "'", "a number", e);
                }
                return v;
            }
            case "boolean" -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw Errors.input(where, "'" + ContentLines.shorten(v) + "'", "true or false");
                }
                return v.toUpperCase(Locale.ROOT);
            }
            case "period" -> {
                int slash = v.indexOf('/');
                if (slash < 0) {
                    throw Errors.input(where, "'" + ContentLines.shorten(v) + "'", "a period start/end or start/duration");
                }
                String end = v.substring(slash + 1);
                return ics(at, name, "date-time", v.substring(0, slash)) + "/"
                        + (end.startsWith("P") || end.startsWith("-P") || end.startsWith("+P") ? end : ics(at, name, "date-time", end));
            }
            default -> {
                if (v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    throw Errors.input(where, "a line break in a " + type + " value", "a value on one line");
                }
                return v;
            }
        }
    }

    private static void check(String where, String v, Pattern p, String expected) {
        if (!p.matcher(v).matches()) {
            throw Errors.input(where, "'" + ContentLines.shorten(v) + "'", expected);
        }
    }

    /**
     * @param at where the rule is
     * @param parts the rule's parts in order (name in any case, values as text)
     * @return the RRULE value, e.g. {@code FREQ=YEARLY;INTERVAL=2}
     */
    static String recur(String at, List<Map.Entry<String, String>> parts) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : parts) {
            String key = e.getKey().toUpperCase(Locale.ROOT);
            String value = e.getValue();
            if (!key.matches("[A-Z-]{1,20}")) {
                throw Errors.input(at + " (RRULE)", "the rule part '" + ContentLines.shorten(key) + "'", "FREQ, INTERVAL, BYDAY, …");
            }
            if (key.equals("UNTIL")) {
                value = ics(at, "RRULE", value.length() == 10 ? "date" : "date-time", value);
            }
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(key).append('=').append(value);
        }
        return sb.toString();
    }

    /** A value in typed form: a list of scalar texts, or a recurrence rule's parts. */
    record Typed(String type, List<String> values, List<Map.Entry<String, String>> recur) {
        boolean isRecur() {
            return recur != null;
        }

        /** @return whether a value is a JSON number in jCal */
        boolean numeric() {
            return type.equals("integer") || type.equals("float");
        }
    }

    /**
     * Turns a content line of Konvent's iCalendar output into typed values for jCal and xCal.
     *
     * @param line the line
     * @return its type and values
     */
    static Typed typed(ContentLines.Line line) {
        String type = typeOf(line.name(), line.params());
        String v = line.value();
        switch (type) {
            case "text" -> {
                return new Typed(type, MULTI_TEXT.contains(line.name()) ? ContentLines.splitTexts(v)
                        : List.of(ContentLines.unescape(v)), null);
            }
            case "date", "date-time" -> {
                List<String> out = new java.util.ArrayList<>();
                for (String one : v.split(",")) {
                    out.add(typedTime(one.trim()));
                }
                boolean dates = out.stream().allMatch(s -> s.length() == 10);
                return new Typed(dates ? "date" : "date-time", out, null);
            }
            case "utc-offset" -> {
                if (ICS_OFFSET.matcher(v).matches()) {
                    return new Typed(type, List.of(v.substring(0, 3) + ":" + v.substring(3, 5)
                            + (v.length() > 5 ? ":" + v.substring(5) : "")), null);
                }
                return new Typed("unknown", List.of(v), null);
            }
            case "recur" -> {
                List<Map.Entry<String, String>> parts = new java.util.ArrayList<>();
                for (String part : v.split(";")) {
                    int eq = part.indexOf('=');
                    if (eq > 0) {
                        String key = part.substring(0, eq).toLowerCase(Locale.ROOT);
                        String value = part.substring(eq + 1);
                        parts.add(Map.entry(key, key.equals("until") ? typedTime(value) : value));
                    }
                }
                return new Typed(type, List.of(), parts);
            }
            case "float" -> {
                return new Typed(type, List.of(line.name().equals("GEO") ? v.split(";") : new String[] {v}), null);
            }
            default -> {
                return new Typed(type, List.of(v), null);
            }
        }
    }

    private static String typedTime(String v) {
        if (ICS_DATE.matcher(v).matches()) {
            return v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8);
        }
        if (ICS_DATE_TIME.matcher(v).matches()) {
            return v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8) + "T" + v.substring(9, 11) + ":"
                    + v.substring(11, 13) + ":" + v.substring(13);
        }
        return v;
    }

    /**
     * @param name a recurrence rule part (lower case)
     * @return whether jCal writes its values as numbers
     */
    static boolean recurNumber(String name) {
        return RECUR_NUMBERS.contains(name.toUpperCase(Locale.ROOT));
    }
}
