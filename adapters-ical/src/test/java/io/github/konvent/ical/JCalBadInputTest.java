package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.InputException;
import io.github.konvent.spi.FormatOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad jCal (issue #12 and #17): truncation, wrong types, impossible times, DST gaps, unknown
 * references, huge values, deep nesting, invalid UTF-8. Each is an {@link InputException} that names
 * where (a JSON pointer and line, or a line and column) and what was expected; nothing is half
 * imported.
 */
class JCalBadInputTest {
    static final String START = "[\"dtstart\", {}, \"date-time\", \"2024-03-15T09:30:00Z\"]";

    /** @return a calendar with one VEVENT holding these properties (JSON arrays) */
    static String vevent(String... props) {
        return "[\"vcalendar\", [[\"version\", {}, \"text\", \"2.0\"]], [[\"vevent\", [[\"uid\", {}, \"text\", \"a@x\"], "
                + String.join(", ", props) + "], []]]]";
    }

    static String valid() {
        return vevent(START, "[\"summary\", {}, \"text\", \"S\"]");
    }

    private static Arguments bad(String name, String json, String where, String expected) {
        return Arguments.of(name, json.getBytes(StandardCharsets.UTF_8), where, expected);
    }

    private static Arguments bad(String name, byte[] bytes, String where, String expected) {
        return Arguments.of(name, bytes, where, expected);
    }

    private static byte[] withBytes(String json, String marker, int... octets) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        String latin = new String(text, StandardCharsets.ISO_8859_1);
        StringBuilder b = new StringBuilder();
        for (int o : octets) {
            b.append((char) o);
        }
        return latin.replace(marker, b.toString()).getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> cases() {
        String v = valid();
        List<Arguments> c = new ArrayList<>();
        // truncation and JSON syntax
        c.add(bad("empty", "", "line 1", "a jCal array"));
        c.add(bad("only whitespace", "  \n ", "line 1", "a jCal array"));
        c.add(bad("cut in the middle", v.substring(0, v.length() / 2), "line 1", "well-formed JSON"));
        c.add(bad("cut before the last bracket", v.substring(0, v.length() - 1), "line 1", "well-formed JSON"));
        c.add(bad("cut inside a string", v.substring(0, v.indexOf("a@x") + 1), "line 1", "well-formed JSON"));
        c.add(bad("trailing garbage", v + " ]", "line 1", "well-formed JSON"));
        c.add(bad("a second calendar", v + v, "/ line 1", "the end of the input"));
        c.add(bad("NaN", vevent(START, "[\"geo\", {}, \"float\", [NaN, 1]]"), "line 1", "well-formed JSON"));
        // wrong structure and wrong types
        c.add(bad("an object", "{\"vcalendar\": []}", "/ line 1", "a component [\"name\""));
        c.add(bad("a string", "\"vcalendar\"", "/ line 1", "a component [\"name\""));
        c.add(bad("not a vcalendar", "[\"vevent\", [], []]", "/ line 1", "BEGIN:VCALENDAR"));
        c.add(bad("name is a number", "[1, [], []]", "/0 line 1", "the component's name as a string"));
        c.add(bad("name with spaces", "[\"v calendar\", [], []]", "/0 line 1", "a component name"));
        c.add(bad("properties not an array", "[\"vcalendar\", {}, []]", "/1 line 1", "properties as an array"));
        c.add(bad("components missing", "[\"vcalendar\", []]", "/2 line 1", "sub-components as an array"));
        c.add(bad("a fourth member", "[\"vcalendar\", [], [], []]", "/3 line 1", "the end of the component"));
        c.add(bad("property not an array", vevent("\"dtstart\""), "/2/0/1/1 line 1", "a property [\"name\""));
        c.add(bad("property name a number", vevent("[7, {}, \"text\", \"x\"]"), "/2/0/1/1/0 line 1", "the property's name"));
        c.add(bad("parameters an array", vevent("[\"dtstart\", [], \"date-time\", \"2024-03-15T09:30:00Z\"]"),
                "/2/0/1/1/1 line 1", "parameters as an object"));
        c.add(bad("parameter a number", vevent("[\"dtstart\", {\"tzid\": 5}, \"date-time\", \"2024-03-15T09:30:00\"]"),
                "/2/0/1/1/1/tzid line 1", "a parameter value as a string"));
        c.add(bad("type missing", vevent("[\"summary\", {}]"), "/2/0/1/1/2 line 1", "the value type as a string"));
        c.add(bad("value missing", vevent(START, "[\"summary\", {}, \"text\"]"), "(SUMMARY)", "at least one value"));
        c.add(bad("date-time as a number", vevent("[\"dtstart\", {}, \"date-time\", 20240315]"), "/2/0/1/1/3 line 1",
                "a string for a value of type date-time"));
        c.add(bad("text as null", vevent(START, "[\"summary\", {}, \"text\", null]"), "/2/0/1/2/3 line 1", "a string"));
        c.add(bad("integer as a string", vevent(START, "[\"sequence\", {}, \"integer\", \"eins\"]"), "/2/0/1/2/3 line 1",
                "a number for a value of type integer"));
        c.add(bad("boolean as a string", vevent(START, "[\"x-flag\", {}, \"boolean\", \"ja\"]"), "/2/0/1/2/3 line 1",
                "a boolean"));
        c.add(bad("recur as a string", vevent(START, "[\"rrule\", {}, \"recur\", \"FREQ=YEARLY\"]"), "/2/0/1/2/3 line 1",
                "a recurrence rule as an object"));
        c.add(bad("recur part an object", vevent(START, "[\"rrule\", {}, \"recur\", {\"freq\": {}}]"), "line 1",
                "a string or an integer in a recurrence rule"));
        // impossible times and values
        c.add(bad("30 February", vevent("[\"dtstart\", {}, \"date-time\", \"2024-02-30T09:30:00Z\"]"), "(DTSTART)",
                "a DATE-TIME like"));
        c.add(bad("hour 25", vevent("[\"dtstart\", {}, \"date-time\", \"2024-03-15T25:00:00Z\"]"), "(DTSTART)",
                "a DATE-TIME like"));
        c.add(bad("a space instead of T", vevent("[\"dtstart\", {}, \"date-time\", \"2024-03-15 09:30:00\"]"), "(DTSTART)",
                "a date-time like 2020-09-18T11:00:00Z"));
        c.add(bad("an offset in a date-time", vevent("[\"dtstart\", {}, \"date-time\", \"2024-03-15T09:30:00+01:00\"]"),
                "(DTSTART)", "a date-time like"));
        c.add(bad("a date-time typed as date", vevent("[\"dtstart\", {}, \"date\", \"2024-03-15T09:30:00\"]"), "(DTSTART)",
                "a date like 2020-09-18"));
        c.add(bad("end before start", vevent(START, "[\"dtend\", {}, \"date-time\", \"2024-03-15T08:00:00Z\"]"), "(DTEND)",
                "an end not before DTSTART"));
        c.add(bad("date end after date-time start", vevent(START, "[\"dtend\", {}, \"date\", \"2024-03-16\"]"), "(DTEND)",
                "the same value type as DTSTART"));
        c.add(bad("no DTSTART", vevent("[\"summary\", {}, \"text\", \"S\"]"), "(VEVENT)", "a DTSTART"));
        c.add(bad("DST gap", vevent("[\"dtstart\", {\"tzid\": \"Europe/Berlin\"}, \"date-time\", \"2024-03-31T02:30:00\"]"),
                "(DTSTART)", "outside the daylight-saving gap"));
        c.add(bad("DST gap at the end", vevent("[\"dtstart\", {\"tzid\": \"Europe/Berlin\"}, \"date-time\", \"2024-03-31T01:30:00\"]",
                "[\"dtend\", {\"tzid\": \"Europe/Berlin\"}, \"date-time\", \"2024-03-31T02:15:00\"]"), "(DTEND)",
                "outside the daylight-saving gap"));
        c.add(bad("negative sequence", vevent(START, "[\"sequence\", {}, \"integer\", -1]"), "(SEQUENCE)",
                "a non-negative integer"));
        c.add(bad("bad duration", vevent(START, "[\"duration\", {}, \"duration\", \"PT\"]"), "(DURATION)", "a duration like"));
        c.add(bad("negative duration", vevent(START, "[\"duration\", {}, \"duration\", \"-PT1H\"]"), "(DURATION)",
                "a positive duration"));
        c.add(bad("bad utc-offset", "[\"vcalendar\", [], [[\"vtimezone\", [[\"tzoffsetto\", {}, \"utc-offset\", \"0100\"]], []]]]",
                "(TZOFFSETTO)", "an offset like +01:00"));
        c.add(bad("GEO out of range", "[\"vcalendar\", [], [[\"vevent\", [" + START + "], [[\"vlocation\", "
                + "[[\"geo\", {}, \"float\", [91, 200]]], []]]]]]", "(GEO)", "latitude;longitude"));
        c.add(bad("GEO with one number", "[\"vcalendar\", [], [[\"vevent\", [" + START + "], [[\"vlocation\", "
                + "[[\"geo\", {}, \"float\", [52.5]]], []]]]]]", "(GEO)", "latitude;longitude"));
        c.add(bad("relative URL", vevent(START, "[\"url\", {}, \"uri\", \"programm.html\"]"), "(URL)", "an absolute URI"));
        // unknown references
        c.add(bad("unknown TZID", vevent("[\"dtstart\", {\"tzid\": \"Mars/Olympus\"}, \"date-time\", \"2024-03-15T09:30:00\"]"),
                "(DTSTART)", "an IANA time zone name"));
        c.add(bad("unknown X-WR-TIMEZONE", "[\"vcalendar\", [[\"x-wr-timezone\", {}, \"text\", \"Mond/Mare\"]], []]",
                "(X-WR-TIMEZONE)", "an IANA time zone name"));
        c.add(bad("unknown frequency", vevent(START, "[\"rrule\", {}, \"recur\", {\"freq\": \"SOMETIMES\"}]"), "(RRULE)",
                "a recurrence rule like"));
        c.add(bad("session on an unknown day", "[\"vcalendar\", [], [[\"vevent\", [[\"uid\", {}, \"text\", \"e\"], "
                + "[\"dtstart\", {}, \"date\", \"2024-03-16\"]], []], [\"vevent\", [[\"uid\", {}, \"text\", \"s\"], "
                + "[\"related-to\", {}, \"text\", \"e\"], " + START + "], []]]]", "(DTSTART)", "first day of its event"));
        // huge values and deep nesting
        c.add(bad("huge text", vevent(START, "[\"description\", {}, \"text\", \"" + "x".repeat(ContentLines.MAX_LINE + 1) + "\"]"),
                "line 1", "well-formed JSON"));
        c.add(bad("huge integer", vevent(START, "[\"sequence\", {}, \"integer\", 99999999999999999999]"), "(SEQUENCE)",
                "an integer"));
        c.add(bad("a number of 200 digits", vevent(START, "[\"sequence\", {}, \"integer\", " + "9".repeat(200) + "]"),
                "line 1", "well-formed JSON"));
        c.add(bad("a VEVENT in a VEVENT", "[\"vcalendar\", [], [[\"vevent\", [" + START + "], [[\"vevent\", [" + START
                + "], []]]]]]", "/2/0/2/0 line 1", "END:VEVENT first"));
        StringBuilder deep = new StringBuilder("[\"vcalendar\", [], [");
        for (int i = 0; i < 15; i++) {
            deep.append("[\"x-c\", [], [");
        }
        c.add(bad("components 15 deep", deep + "]".repeat(31) + "]", "line 1", "shallower nesting"));
        c.add(bad("arrays 100 deep", "[".repeat(100) + "]".repeat(100), "/0 line 1", "the component's name as a string"));
        c.add(bad("parameter arrays 100 deep", vevent("[\"dtstart\", {\"tzid\": " + "[".repeat(100) + "]".repeat(100)
                + "}, \"date-time\", \"2024-03-15T09:30:00\"]"), "line 1", "a parameter value as a string"));
        // invalid UTF-8
        String marked = vevent(START, "[\"summary\", {}, \"text\", \"a@@b\"]");
        c.add(bad("a lone continuation byte", withBytes(marked, "@@", 0x80), "line 1", "UTF-8 text"));
        c.add(bad("an overlong slash", withBytes(marked, "@@", 0xC0, 0xAF), "line 1", "UTF-8 text"));
        c.add(bad("an overlong three-byte form", withBytes(marked, "@@", 0xE0, 0x80, 0xAF), "line 1", "UTF-8 text"));
        c.add(bad("an encoded surrogate", withBytes(marked, "@@", 0xED, 0xA0, 0x80), "line 1", "UTF-8 text"));
        c.add(bad("above U+10FFFF", withBytes(marked, "@@", 0xF4, 0x90, 0x80, 0x80), "line 1", "UTF-8 text"));
        c.add(bad("Latin-1 text", withBytes(marked, "@@", 0xE4), "line 1", "UTF-8 text"));
        byte[] cut = "[\"vcalendar\", [], []]\n\u00E4".getBytes(StandardCharsets.UTF_8);
        c.add(bad("cut inside a character", java.util.Arrays.copyOf(cut, cut.length - 1), "line 2", "UTF-8 text"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAnInputExceptionNamingWhereAndWhat(String name, byte[] input, String where, String expected) {
        assertThatThrownBy(() -> new JCalFormat().read(new ByteArrayInputStream(input), FormatOptions.defaults()))
                .as(name)
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.getMessage()).as(name).contains(where).contains(", expected ");
                    assertThat(e.expected()).as(name).contains(expected);
                    assertThat(e.found()).as(name).isNotBlank();
                });
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastFortyCasesAndTheBaseDocumentIsValid() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
        assertThat(new JCalFormat().read(new ByteArrayInputStream(valid().getBytes(StandardCharsets.UTF_8)),
                FormatOptions.defaults()).catalog().events()).hasSize(1);
    }
}
