package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Session;
import io.github.konvent.people.ContributionRole;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Reading calendars Konvent did not write: lenient where clients are, strict where data would be wrong. */
class ImportTest {
    private final KonventICal ical = Fixtures.ical();

    static String cal(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void readsAForeignFeedWithMethodXPropertiesUtcTimesAndTzidWithoutVtimezone() {
        Catalog c = ical.read(String.join("\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "METHOD:PUBLISH",
                "X-WR-CALNAME:Termine", "X-UNKNOWN;FOO=bar:baz",
                "BEGIN:VEVENT", "UID:abc123@google.com", "DTSTAMP:20240101T000000Z",
                "DTSTART;TZID=Europe/Berlin:20240315T093000", "DURATION:PT2H30M",
                "SUMMARY:Bürgerforum\\, Teil 1", "LOCATION:Rathaus Bonn", "STATUS:TENTATIVE",
                "CATEGORIES:Forum,Beteiligung", "URL:https://example.org/forum",
                "ORGANIZER;CN=\"Stadt Bonn, Amt 13\":mailto:amt13@bonn.example",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "END:VALARM",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:x2", "DTSTART:20240701T080000Z", "DTEND:20240701T100000Z", "SUMMARY:Sommer",
                "CONFERENCE;VALUE=URI;LABEL=Zoom:https://zoom.example/j/1",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:x3", "DTSTART;TZID=\"W. Europe Standard Time\":20241204T180000",
                "DTEND;TZID=W. Europe Standard Time:20241204T200000", "SUMMARY:Outlook", "END:VEVENT",
                "BEGIN:VTODO", "UID:t", "SUMMARY:ignored", "END:VTODO",
                "END:VCALENDAR", ""));
        assertThat(c.events()).hasSize(3);
        Event forum = c.events().get(0);
        assertThat(forum.title()).isEqualTo("Bürgerforum, Teil 1");
        assertThat(forum.startDate()).contains(LocalDate.of(2024, 3, 15));
        assertThat(forum.dailyStart()).contains(LocalTime.of(9, 30));
        assertThat(forum.dailyEnd()).contains(LocalTime.of(12, 0));
        assertThat(forum.status()).isEqualTo(EventStatus.SAVE_THE_DATE);
        assertThat(forum.topics()).containsExactly("Forum", "Beteiligung");
        assertThat(forum.website()).contains(URI.create("https://example.org/forum"));
        assertThat(c.venue(forum.venue().orElseThrow()).orElseThrow().name()).isEqualTo("Rathaus Bonn");
        assertThat(c.person(forum.contact().orElseThrow()).orElseThrow().publicContacts().get(0).email())
                .contains("amt13@bonn.example");
        Event summer = c.events().get(1);
        assertThat(summer.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(summer.dailyStart()).contains(LocalTime.of(10, 0)); // 08:00Z in summer
        assertThat(summer.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
        assertThat(summer.online().orElseThrow().joinUrl()).contains(URI.create("https://zoom.example/j/1"));
        assertThat(c.events().get(2).dailyStart()).contains(LocalTime.of(18, 0));
    }

    @Test
    void acceptsMozillaStyleTzidPrefixesAndBareLineFeedsAndTabFolding() {
        Catalog c = ical.read(cal("BEGIN:VEVENT", "UID:m", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20240101T100000",
                "SUMMARY:Lang", "\tund gefaltet", "END:VEVENT").replace("\r\n", "\n"));
        assertThat(c.events().get(0).title()).isEqualTo("Langund gefaltet");
        assertThat(c.events().get(0).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void acceptsAByteOrderMark() {
        Catalog c = ical.read("\uFEFF" + cal("BEGIN:VEVENT", "UID:b", "DTSTART;VALUE=DATE:20240101", "SUMMARY:Mit BOM", "END:VEVENT"));
        assertThat(c.events().get(0).title()).isEqualTo("Mit BOM");
    }

    @Test
    void readsRecurrenceAsASeriesCadence() {
        Catalog c = ical.read(cal("BEGIN:VEVENT", "UID:stammtisch", "DTSTART;VALUE=DATE:20240110", "RRULE:FREQ=YEARLY",
                "SUMMARY:Jahrestagung", "END:VEVENT"));
        assertThat(c.series()).singleElement().satisfies(s -> assertThat(s.cadence().kind()).isEqualTo(CadenceKind.ANNUAL));
        assertThat(c.events()).singleElement().satisfies(e -> assertThat(e.series()).isPresent());
        Catalog monthly = ical.read(cal("BEGIN:VEVENT", "UID:m", "DTSTART;VALUE=DATE:20240110", "RRULE:FREQ=MONTHLY;COUNT=3",
                "SUMMARY:Monatlich", "END:VEVENT"));
        assertThat(monthly.series().get(0).cadence().kind()).isEqualTo(CadenceKind.IRREGULAR);
    }

    @Test
    void readsParticipantTypeActiveThatIcal4jCannotParse() {
        Catalog c = ical.read(cal("BEGIN:VEVENT", "UID:e", "DTSTART;TZID=Europe/Berlin:20240101T100000", "SUMMARY:E", "END:VEVENT",
                "BEGIN:VEVENT", "UID:s", "RELATED-TO:e", "DTSTART;TZID=Europe/Berlin:20240101T100000", "SUMMARY:Panel",
                "BEGIN:PARTICIPANT", "UID:p", "PARTICIPANT-TYPE:ACTIVE", "SUMMARY:Erika Mustermann", "END:PARTICIPANT",
                "END:VEVENT"));
        Session s = c.events().get(0).programme().get(0);
        assertThat(s.contributions()).singleElement().satisfies(k -> {
            assertThat(k.role()).isEqualTo(ContributionRole.MODERATOR);
            assertThat(c.person(k.person()).orElseThrow().displayName()).isEqualTo("Erika Mustermann");
        });
    }

    @Test
    void badInput1NoColonNamesTheLine() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", "SUMMARY Kein Doppelpunkt", "END:VEVENT"),
                "line 7", "NAME[;PARAM=VALUE]:VALUE");
    }

    @Test
    void badInput2Hour25() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Europe/Berlin:20240101T250000", "SUMMARY:x", "END:VEVENT"),
                "line 6 (DTSTART)", "DATE-TIME");
    }

    @Test
    void badInput3EndBeforeStart() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Europe/Berlin:20240101T100000",
                "DTEND;TZID=Europe/Berlin:20240101T090000", "SUMMARY:x", "END:VEVENT"), "line 7 (DTEND)", "not before DTSTART");
    }

    @Test
    void badInput4UnknownTimeZone() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART;TZID=Mars/Olympus:20240101T100000", "SUMMARY:x", "END:VEVENT"),
                "line 6 (DTSTART)", "IANA time zone");
    }

    @Test
    void badInput5Truncated() {
        String text = cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", "SUMMARY:x", "END:VEVENT");
        assertBad(text.substring(0, text.indexOf("END:VEVENT")), "line 7", "END:VEVENT");
    }

    @Test
    void badInput6MismatchedEnd() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", "END:VTODO"), "line 7 (END)", "END:VEVENT");
    }

    @Test
    void badInput7MissingDtstart() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "SUMMARY:x", "END:VEVENT"), "line 4 (VEVENT)", "DTSTART");
    }

    @Test
    void badInput8InvalidUtf8() {
        byte[] bytes = cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", "SUMMARY:xx", "END:VEVENT")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("SUMMARY:x") + 8;
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        assertThatThrownBy(() -> ical.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(InputException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void badInput9SessionOverTwoMidnights() {
        assertBad(cal("BEGIN:VEVENT", "UID:e", "DTSTART;VALUE=DATE:20240101", "SUMMARY:E", "END:VEVENT",
                "BEGIN:VEVENT", "UID:s", "RELATED-TO;RELTYPE=PARENT:e", "DTSTART;TZID=Europe/Berlin:20240101T100000",
                "DTEND;TZID=Europe/Berlin:20240103T100000", "SUMMARY:S", "END:VEVENT"), "line 13 (DTEND)", "one midnight");
    }

    @Test
    void badInput10SessionBeforeItsEvent() {
        assertBad(cal("BEGIN:VEVENT", "UID:e", "DTSTART;VALUE=DATE:20240102", "SUMMARY:E", "END:VEVENT",
                "BEGIN:VEVENT", "UID:s", "RELATED-TO:e", "DTSTART;TZID=Europe/Berlin:20240101T100000", "SUMMARY:S",
                "END:VEVENT"), "line 12 (DTSTART)", "first day of its event");
    }

    @Test
    void badInput11BadRrule() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", "RRULE:FREQ=SOMETIMES", "SUMMARY:x", "END:VEVENT"),
                "line 7 (RRULE)", "recurrence rule");
    }

    @Test
    void badInput12HugeLine() {
        String huge = "DESCRIPTION:" + "x".repeat(ContentLines.MAX_LINE + 10);
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", huge, "END:VEVENT"), "line 7", "shorter lines");
    }

    @Test
    void badInput13DeepNesting() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append("BEGIN:X").append(i).append("\r\n");
        }
        assertBad(cal(sb.toString()), "line 15", "shallower nesting");
    }

    @Test
    void badInput14NotACalendar() {
        assertBad("hello world\r\n", "line 1", "NAME");
        assertBad("", "line 1", "BEGIN:VCALENDAR");
        assertBad("BEGIN:VEVENT\r\nEND:VEVENT\r\n", "line 1", "BEGIN:VCALENDAR");
    }

    @Test
    void badInput15BadSequenceAndGeo() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", "SEQUENCE:eins", "END:VEVENT"), "line 7 (SEQUENCE)",
                "integer");
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART:20240101T100000", "BEGIN:VLOCATION", "GEO:91;200", "END:VLOCATION",
                "END:VEVENT"), "line 8 (GEO)", "latitude");
    }

    @Test
    void badInput16MixedValueTypes() {
        assertBad(cal("BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20240101", "DTEND:20240102T100000Z", "END:VEVENT"),
                "line 7 (DTEND)", "same value type");
    }

    private void assertBad(String text, String where, String expected) {
        assertThatThrownBy(() -> ical.read(text))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(where)
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((InputException) e).location()).isPresent());
    }
}
