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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad xCal (issue #12 and #17): truncation, wrong types, impossible times, DST gaps, unknown
 * references, huge values, deep nesting, invalid UTF-8, and DTDs or entities, which the parser
 * refuses (no XXE). Each is an {@link InputException} naming where and what was expected.
 */
class XCalBadInputTest {
    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String START = "<dtstart><date-time>2024-03-15T09:30:00Z</date-time></dtstart>";

    static String calendar(String components) {
        return HEAD + "<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\">\n<vcalendar>\n<properties>"
                + "<version><text>2.0</text></version></properties>\n<components>\n" + components
                + "\n</components>\n</vcalendar>\n</icalendar>\n";
    }

    static String vevent(String... props) {
        return calendar("<vevent><properties><uid><text>a@x</text></uid>" + String.join("", props)
                + "</properties></vevent>");
    }

    static String valid() {
        return vevent(START, "<summary><text>S</text></summary>");
    }

    private static Arguments bad(String name, String xml, String where, String expected) {
        return Arguments.of(name, xml.getBytes(StandardCharsets.UTF_8), where, expected);
    }

    private static Arguments bad(String name, byte[] bytes, String where, String expected) {
        return Arguments.of(name, bytes, where, expected);
    }

    private static byte[] withBytes(String xml, String marker, int... octets) {
        String latin = new String(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        StringBuilder b = new StringBuilder();
        for (int o : octets) {
            b.append((char) o);
        }
        return latin.replace(marker, b.toString()).getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> cases() {
        String v = valid();
        List<Arguments> c = new ArrayList<>();
        // truncation and XML syntax
        c.add(bad("empty", "", "line 1", "well-formed XML"));
        c.add(bad("cut in the middle", v.substring(0, v.length() / 2), "line", "well-formed XML"));
        c.add(bad("cut before the root's end", v.substring(0, v.lastIndexOf("</icalendar>")), "line", "well-formed XML"));
        c.add(bad("cut inside a tag", v.substring(0, v.indexOf("<summary>") + 4), "line", "well-formed XML"));
        c.add(bad("mismatched tags", v.replace("</summary>", "</summery>"), "line", "well-formed XML"));
        c.add(bad("two roots", v + "<icalendar/>", "line", "well-formed XML"));
        c.add(bad("plain text", "hello", "line 1", "well-formed XML"));
        // DTDs and entities (XXE)
        c.add(bad("external entity", HEAD + "<!DOCTYPE icalendar [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + v.substring(HEAD.length()).replace("<text>S</text>", "<text>&x;</text>"), "line", "without a DTD"));
        c.add(bad("internal DTD", HEAD + "<!DOCTYPE icalendar [<!ENTITY y \"yy\">]>" + v.substring(HEAD.length()),
                "line", "without a DTD"));
        c.add(bad("external DTD", HEAD + "<!DOCTYPE icalendar SYSTEM \"http://example.org/x.dtd\">" + v.substring(HEAD.length()),
                "line", "without a DTD"));
        c.add(bad("billion laughs", HEAD + "<!DOCTYPE l [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + v.substring(HEAD.length()).replace("<text>S</text>", "<text>&b;</text>"), "line", "without a DTD"));
        c.add(bad("undeclared entity", v.replace("<text>S</text>", "<text>&nbsp;</text>"), "line", "well-formed XML"));
        // wrong structure
        c.add(bad("wrong root", HEAD + "<calendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\"/>", "line 2",
                "the root element <icalendar"));
        c.add(bad("no namespace and no vcalendar", HEAD + "<icalendar><vevent/></icalendar>", "line 2", "<vcalendar>"));
        c.add(bad("wrong namespace", v.replace("urn:ietf:params:xml:ns:icalendar-2.0", "urn:example"), "line 2",
                "the root element <icalendar"));
        c.add(bad("no vcalendar", HEAD + "<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\"><vevent/></icalendar>",
                "line 2", "<vcalendar>"));
        c.add(bad("empty icalendar", HEAD + "<icalendar xmlns=\"urn:ietf:params:xml:ns:icalendar-2.0\"></icalendar>",
                "line 2", "<vcalendar>"));
        c.add(bad("unknown section", calendar("<vevent><attributes/></vevent>"), "line", "<properties> or <components>"));
        c.add(bad("text between elements", vevent(START, "hallo"), "line", "an element here"));
        c.add(bad("element inside a value", vevent(START, "<summary><text>S<b>fett</b></text></summary>"), "line",
                "text only"));
        c.add(bad("mixed value types", vevent("<dtstart><date-time>2024-03-15T09:30:00Z</date-time><date>2024-03-15</date></dtstart>"),
                "line", "values of one type"));
        c.add(bad("property without value", vevent(START, "<summary></summary>"), "(SUMMARY)", "a typed value"));
        c.add(bad("property with only parameters", vevent(START, "<summary><parameters><language><text>de</text></language>"
                + "</parameters></summary>"), "(SUMMARY)", "a typed value"));
        c.add(bad("integer as words", vevent(START, "<sequence><integer>eins</integer></sequence>"), "(SEQUENCE)", "an integer"));
        c.add(bad("boolean as words", vevent(START, "<x-flag><boolean>ja</boolean></x-flag>"), "(X-FLAG)", "true or false"));
        c.add(bad("geo without longitude", calendar("<vevent><properties>" + START + "</properties><components><vlocation>"
                + "<properties><geo><geo><latitude>52.5</latitude></geo></geo></properties></vlocation></components></vevent>"),
                "(GEO)", "both"));
        c.add(bad("geo as words", calendar("<vevent><properties>" + START + "</properties><components><vlocation>"
                + "<properties><geo><geo><latitude>Nord</latitude><longitude>Ost</longitude></geo></geo></properties>"
                + "</vlocation></components></vevent>"), "(GEO)", "a number"));
        c.add(bad("geo out of range", calendar("<vevent><properties>" + START + "</properties><components><vlocation>"
                + "<properties><geo><geo><latitude>91</latitude><longitude>200</longitude></geo></geo></properties>"
                + "</vlocation></components></vevent>"), "(GEO)", "latitude;longitude"));
        c.add(bad("period without end", vevent(START, "<freebusy><period><start>2024-03-15T09:30:00Z</start></period></freebusy>"),
                "(FREEBUSY)", "both"));
        // impossible times and values
        c.add(bad("30 February", vevent("<dtstart><date-time>2024-02-30T09:30:00Z</date-time></dtstart>"), "(DTSTART)",
                "a DATE-TIME like"));
        c.add(bad("minute 61", vevent("<dtstart><date-time>2024-03-15T09:61:00Z</date-time></dtstart>"), "(DTSTART)",
                "a DATE-TIME like"));
        c.add(bad("a date without dashes", vevent("<dtstart><date>20240315</date></dtstart>"), "(DTSTART)",
                "a date like 2020-09-18"));
        c.add(bad("a time zone offset", vevent("<dtstart><date-time>2024-03-15T09:30:00+01:00</date-time></dtstart>"),
                "(DTSTART)", "a date-time like"));
        c.add(bad("end before start", vevent(START, "<dtend><date-time>2024-03-15T08:00:00Z</date-time></dtend>"), "(DTEND)",
                "an end not before DTSTART"));
        c.add(bad("no DTSTART", vevent("<summary><text>S</text></summary>"), "(VEVENT)", "a DTSTART"));
        c.add(bad("DST gap", vevent("<dtstart><parameters><tzid><text>Europe/Berlin</text></tzid></parameters>"
                + "<date-time>2024-03-31T02:30:00</date-time></dtstart>"), "(DTSTART)", "outside the daylight-saving gap"));
        c.add(bad("DST gap in New York", vevent("<dtstart><parameters><tzid><text>America/New_York</text></tzid></parameters>"
                + "<date-time>2024-03-10T02:10:00</date-time></dtstart>"), "(DTSTART)", "outside the daylight-saving gap"));
        c.add(bad("negative duration", vevent(START, "<duration><duration>-PT1H</duration></duration>"), "(DURATION)",
                "a positive duration"));
        c.add(bad("bad offset", calendar("<vtimezone><properties><tzoffsetto><utc-offset>1 Uhr</utc-offset></tzoffsetto>"
                + "</properties></vtimezone>"), "(TZOFFSETTO)", "an offset like +01:00"));
        c.add(bad("relative URL", vevent(START, "<url><uri>programm.html</uri></url>"), "(URL)", "an absolute URI"));
        c.add(bad("negative sequence", vevent(START, "<sequence><integer>-3</integer></sequence>"), "(SEQUENCE)",
                "a non-negative integer"));
        // unknown references
        c.add(bad("unknown TZID", vevent("<dtstart><parameters><tzid><text>Mars/Olympus</text></tzid></parameters>"
                + "<date-time>2024-03-15T09:30:00</date-time></dtstart>"), "(DTSTART)", "an IANA time zone name"));
        c.add(bad("unknown frequency", vevent(START, "<rrule><recur><freq>SOMETIMES</freq></recur></rrule>"), "(RRULE)",
                "a recurrence rule like"));
        c.add(bad("bad UNTIL", vevent(START, "<rrule><recur><freq>YEARLY</freq><until>bald</until></recur></rrule>"),
                "(RRULE)", "a date-time like"));
        c.add(bad("session before its event", calendar("<vevent><properties><uid><text>e</text></uid><dtstart><date>2024-03-16"
                + "</date></dtstart></properties></vevent><vevent><properties><uid><text>s</text></uid><related-to><text>e"
                + "</text></related-to>" + START + "</properties></vevent>"), "(DTSTART)", "first day of its event"));
        // huge values and deep nesting
        c.add(bad("huge text", vevent(START, "<description><text>" + "x".repeat(ContentLines.MAX_LINE + 1)
                + "</text></description>"), "line", "shorter"));
        c.add(bad("huge integer", vevent(START, "<sequence><integer>99999999999999999999</integer></sequence>"), "(SEQUENCE)",
                "an integer"));
        c.add(bad("a VEVENT in a VEVENT", calendar("<vevent><properties>" + START + "</properties><components><vevent>"
                + "<properties>" + START + "</properties></vevent></components></vevent>"), "line", "END:VEVENT first"));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            deep.append("<x-c><components>");
        }
        for (int i = 0; i < 15; i++) {
            deep.append("</components></x-c>");
        }
        c.add(bad("components 15 deep", calendar(deep.toString()), "line", "shallower nesting"));
        // invalid UTF-8
        String marked = vevent(START, "<summary><text>a@@b</text></summary>");
        c.add(bad("a lone continuation byte", withBytes(marked, "@@", 0x80), "line 6", "UTF-8 text"));
        c.add(bad("an overlong slash", withBytes(marked, "@@", 0xC0, 0xAF), "line 6", "UTF-8 text"));
        c.add(bad("an overlong three-byte form", withBytes(marked, "@@", 0xE0, 0x80, 0xAF), "line 6", "UTF-8 text"));
        c.add(bad("an encoded surrogate", withBytes(marked, "@@", 0xED, 0xA0, 0x80), "line 6", "UTF-8 text"));
        c.add(bad("Latin-1 text", withBytes(marked, "@@", 0xFC), "line 6", "UTF-8 text"));
        byte[] cut = marked.replace("@@", "\u00E4").getBytes(StandardCharsets.UTF_8);
        String latin = new String(cut, StandardCharsets.ISO_8859_1);
        int at = latin.indexOf("\u00C3\u00A4");
        c.add(bad("cut inside a character", java.util.Arrays.copyOf(cut, at + 1), "line 6", "UTF-8 text"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isAnInputExceptionNamingWhereAndWhat(String name, byte[] input, String where, String expected) {
        assertThatThrownBy(() -> new XCalFormat().read(new ByteArrayInputStream(input), FormatOptions.defaults()))
                .as(name)
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.getMessage()).as(name).contains(where).contains(", expected ");
                    assertThat(e.expected()).as(name).contains(expected);
                    assertThat(e.found()).as(name).isNotBlank().doesNotContain("root:");
                });
    }

    @Test
    void thereAreAtLeastFortyCasesAndTheBaseDocumentIsValid() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
        assertThat(new XCalFormat().read(new ByteArrayInputStream(valid().getBytes(StandardCharsets.UTF_8)),
                FormatOptions.defaults()).catalog().events()).hasSize(1);
    }
}
