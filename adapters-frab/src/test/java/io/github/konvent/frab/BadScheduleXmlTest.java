package io.github.konvent.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.InputException;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad schedule.xml input: each case is answered with an {@link InputException} that names where
 * (element path and line) and what was expected; nothing is returned, so nothing is half
 * imported.
 */
class BadScheduleXmlTest {
    static final String GUID = "11111111-1111-4111-8111-111111111111";
    static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <schedule>
              <version>1</version>
              <conference>
                <acronym>demo2024</acronym>
                <title>Demo</title>
                <start>2024-03-30</start>
                <end>2024-03-31</end>
                <days>2</days>
                <time_zone_name>Europe/Berlin</time_zone_name>
              </conference>
              <day index="1" date="2024-03-30" start="2024-03-30T06:00:00+01:00" end="2024-03-31T03:00:00+02:00">
                <room name="Saal 1" guid="22222222-2222-4222-8222-222222222222">
                  <event id="1" guid="%s">
                    <date>2024-03-30T10:00:00+01:00</date>
                    <start>10:00</start>
                    <duration>00:30</duration>
                    <room>Saal 1</room>
                    <title>Opening</title>
                    <type>talk</type>
                    <abstract>Welcome</abstract>
                    <persons><person id="7">Ada Lovelace</person></persons>
                  </event>
                </room>
              </day>
            </schedule>
            """.formatted(GUID);

    static ReadResult read(byte[] bytes) {
        return FrabXml.read(new ByteArrayInputStream(bytes));
    }

    static ReadResult read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String replace(String what, String with) {
        if (!GOOD.contains(what)) {
            throw new IllegalArgumentException("not in the good document: " + what);
        }
        return GOOD.replace(what, with);
    }

    @Test
    void theGoodDocumentReads() {
        ReadResult r = read(GOOD);
        assertThat(r.catalog().sessionCount()).isEqualTo(1);
        assertThat(r.notices()).isEmpty();
    }

    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        // truncation
        for (int cut : new int[] {0, 1, 20, good.length / 4, good.length / 2, good.length * 3 / 4, good.length - 3}) {
            c.add(Arguments.of("truncated at " + cut, Arrays.copyOf(good, cut), "", cut == 0 ? "schedule" : "XML"));
        }
        c.add(bad("not XML", "{\"schedule\": {}}", "line 1", "XML"));
        c.add(bad("wrong root", replace("<schedule>", "<schedul>").replace("</schedule>", "</schedul>"), "/schedul", "<schedule>"));
        c.add(bad("a DTD with an external entity", GOOD.replace("<schedule>",
                "<!DOCTYPE schedule [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<schedule>").replace("Welcome", "&xxe;"),
                "", "DTD"));
        c.add(bad("an undeclared entity", replace("Welcome", "&nbsp;"), "", "entit"));
        c.add(bad("a second root", GOOD + "<schedule/>", "line", "well-formed"));
        c.add(bad("text between elements", replace("<version>1</version>", "<version>1</version> stray text"),
                "/schedule", "only elements"));
        c.add(bad("a control character", replace("Opening", "Open&#1;ing"), "line", "XML"));
        c.add(bad("invalid UTF-8", null, "line", "UTF-8"));
        // wrong types and impossible times
        c.add(bad("hour 25", replace("2024-03-30T10:00:00+01:00</date>", "2024-03-30T25:00:00+01:00</date>"), "/event/date", "date-time"));
        c.add(bad("a date without offset", replace("2024-03-30T10:00:00+01:00</date>", "2024-03-30T10:00:00</date>"), "/event/date", "offset"));
        c.add(bad("a date in words", replace("2024-03-30T10:00:00+01:00</date>", "tomorrow</date>"), "/event/date", "date-time"));
        c.add(bad("start 9:5", replace("<start>10:00</start>", "<start>9:5</start>"), "/event/start", "hh:mm"));
        c.add(bad("start 24:00", replace("<start>10:00</start>", "<start>24:00</start>"), "/event/start", "hh:mm"));
        c.add(bad("duration 99999:00", replace("00:30", "99999:00"), "/event/duration", "less than 24 hours"));
        c.add(bad("duration 24:00", replace("00:30", "24:00"), "/event/duration", "less than 24 hours"));
        c.add(bad("duration in words", replace("00:30", "half an hour"), "/event/duration", "hh:mm"));
        c.add(bad("negative duration", replace("00:30", "-00:30"), "/event/duration", "hh:mm"));
        c.add(bad("days 1e9", replace("<days>2</days>", "<days>1e9</days>"), "/conference/days", "whole number"));
        c.add(bad("days 0", replace("<days>2</days>", "<days>0</days>"), "/conference/days", "whole number"));
        c.add(bad("days 100000", replace("<days>2</days>", "<days>100000</days>"), "/conference/days", "whole number"));
        c.add(bad("unknown zone", replace("Europe/Berlin", "Mars/Olympus"), "/conference/time_zone_name", "time zone"));
        c.add(bad("conference start 2024-13-01", replace("<start>2024-03-30</start>", "<start>2024-13-01</start>"),
                "/conference/start", "date"));
        c.add(bad("day index 0", replace("index=\"1\"", "index=\"0\""), "/schedule/day", "index"));
        c.add(bad("day index in words", replace("index=\"1\"", "index=\"one\""), "/schedule/day", "index"));
        c.add(bad("day date 30 February", replace("date=\"2024-03-30\"", "date=\"2024-02-30\""), "/schedule/day", "date"));
        c.add(bad("day start in words", replace("start=\"2024-03-30T06:00:00+01:00\"", "start=\"yesterday\""), "/schedule/day", "date-time"));
        c.add(bad("day ending before it starts", replace("end=\"2024-03-31T03:00:00+02:00\"", "end=\"2024-03-30T05:00:00+01:00\""),
                "/schedule/day", "end after"));
        c.add(bad("event before the conference", replace("2024-03-30T10:00:00+01:00</date>", "2024-03-01T10:00:00+01:00</date>"),
                "/event/date", "on or after the conference start"));
        c.add(bad("event years later", replace("2024-03-30T10:00:00+01:00</date>", "2027-03-30T10:00:00+01:00</date>"),
                "/event/date", "366 days"));
        c.add(bad("DST gap without a date", replace("<date>2024-03-30T10:00:00+01:00</date>", "")
                .replace("<day index=\"1\" date=\"2024-03-30\"", "<day index=\"1\" date=\"2024-03-31\"")
                .replace("<start>10:00</start>", "<start>02:30</start>"), "/event/start", "exists"));
        c.add(bad("neither date nor start", replace("<date>2024-03-30T10:00:00+01:00</date>", "").replace("<start>10:00</start>", ""),
                "/event/date", "<date>"));
        // missing and unknown things
        c.add(bad("no conference", GOOD.substring(0, GOOD.indexOf("<conference>")) + GOOD.substring(GOOD.indexOf("</conference>") + 13)
                .replace("<day index", "<dummy/><day index"), "/schedule", "<conference>"));
        c.add(bad("no conference title", replace("<title>Demo</title>", ""), "/schedule/conference", "title"));
        c.add(bad("room without a name", replace("<room name=\"Saal 1\"", "<room"), "/day/room", "name"));
        c.add(bad("event without a title", replace("<title>Opening</title>", ""), "/event/title", "title"));
        c.add(bad("event with a blank title", replace("<title>Opening</title>", "<title>  </title>"), "/event/title", "title"));
        c.add(bad("an element inside the title", replace("<title>Opening</title>", "<title>Open<b>ing</b></title>"),
                "/event/title", "text without elements"));
        c.add(bad("an empty person", replace("<person id=\"7\">Ada Lovelace</person>", "<person id=\"7\"/>"), "/persons/person", "name"));
        c.add(bad("an event naming another room", replace("<room>Saal 1</room>", "<room>Saal 2</room>"), "/event/room",
                "Saal 1"));
        c.add(bad("a guid of 2000 characters", replace(GUID, "g".repeat(2000)), "/event", "1,024 characters"));
        // huge values and deep nesting
        c.add(bad("deep nesting", replace("<abstract>Welcome</abstract>", "<x>".repeat(100) + "</x>".repeat(100)),
                "/event", "nested"));
        c.add(bad("a text of two million characters", replace("Welcome", "w".repeat(2_000_000)), "/event/abstract",
                "shorter"));
        return c.stream();
    }

    static Arguments bad(String name, String xml, String where, String expected) {
        byte[] bytes;
        if (xml == null) {
            bytes = GOOD.getBytes(StandardCharsets.UTF_8);
            int at = GOOD.indexOf("Opening");
            bytes[at] = (byte) 0xC3;
            bytes[at + 1] = (byte) 0x28;
        } else {
            bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        return Arguments.of(name, bytes, where, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithWhereAndWhat(String name, byte[] xml, String where, String expected) {
        assertThatThrownBy(() -> read(xml)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException x = (InputException) e;
                    assertThat(x.getMessage()).contains(where).containsIgnoringCase(expected);
                    assertThat(x.getMessage()).doesNotContain("/etc/passwd").doesNotContain("root:");
                });
    }

    @Test
    void thereAreAtLeastFortyCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void badUtf8IsNamedAtItsLineAndTheXmlParserPrintsNothing() {
        byte[] bytes = (byte[]) bad("invalid UTF-8", null, "", "").get()[1];
        long line = GOOD.substring(0, GOOD.indexOf("Opening")).chars().filter(ch -> ch == '\n').count() + 1;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThatThrownBy(() -> read(bytes)).isInstanceOf(InputException.class)
                    .satisfies(e -> assertThat(((InputException) e).location()).contains("line " + line))
                    .hasMessageContaining("byte 28").hasMessageContaining("UTF-8");
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("standard error").isEmpty();
    }
}
