package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The faithful reader of issue #12: line ends, folds, UTF-8, people, zones, programme grouping, identities. */
class ReaderFidelityTest {
    private final KonventICal ical = KonventICal.create();

    private static String cal(String eol, String... lines) {
        return "BEGIN:VCALENDAR" + eol + "VERSION:2.0" + eol + "PRODID:-//test//EN" + eol + String.join(eol, lines) + eol
                + "END:VCALENDAR" + eol;
    }

    private static final String[] ONE = {"BEGIN:VEVENT", "UID:one@test", "DTSTART;TZID=Europe/Berlin:20240315T093000",
        "DTEND;TZID=Europe/Berlin:20240315T110000", "SUMMARY:Bürgerforum", "LOCATION:Rathaus", "END:VEVENT"};

    private Catalog read(byte[] bytes) {
        return ical.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void crlfLfAndBareCrLineEndsGiveTheSameCatalog() {
        Catalog crlf = ical.read(cal("\r\n", ONE));
        Catalog lf = ical.read(cal("\n", ONE));
        Catalog cr = ical.read(cal("\r", ONE));
        assertThat(lf).isEqualTo(crlf);
        assertThat(cr).isEqualTo(crlf);
        assertThat(crlf.events()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Bürgerforum"));
    }

    @Test
    void aBareCrInsideAValueIsNotALineEnd() {
        Catalog c = ical.read(cal("\r\n", "BEGIN:VEVENT", "UID:x", "DTSTART:20240315T093000Z",
                "DESCRIPTION:erster Teil\r\\nsuite du texte", "SUMMARY:S", "END:VEVENT"));
        assertThat(c.events().get(0).description()).contains("erster Teil\nsuite du texte");
    }

    @Test
    void foldsInsideAUtf8CharacterAreUnfoldedBeforeDecoding() {
        byte[] head = cal("\r\n", "BEGIN:VEVENT", "UID:x", "DTSTART:20240315T093000Z", "SUMMARY:Amphith@@tre",
                "END:VEVENT").getBytes(StandardCharsets.UTF_8);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        // "é" is C3 A9: fold between its two octets, and a second fold with a tab
        byte[] bytes = text.replace("@@", "\u00C3\r\n \u00A9\r\n\t\u00C3\u00A2").getBytes(StandardCharsets.ISO_8859_1);
        Catalog c = read(bytes);
        assertThat(c.events().get(0).title()).isEqualTo("Amphithéâtre");
    }

    @Test
    void invalidUtf8IsReportedAtItsOwnPhysicalLine() {
        String text = cal("\r\n", "BEGIN:VEVENT", "UID:x", "DTSTART:20240315T093000Z", "DESCRIPTION:eins", " zwei", " drei@",
                "SUMMARY:S", "END:VEVENT");
        byte[] bytes = text.replace("@", "\u00FF").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> read(bytes)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("line 9:").hasMessageContaining("UTF-8").hasMessageContaining("FF");
    }

    @Test
    void overlongUtf8AndEncodedSurrogatesAreErrors() {
        for (String bad : List.of("\u00C0\u00AF", "\u00E0\u0080\u00AF", "\u00ED\u00A0\u0080", "\u00F4\u0090\u0080\u0080")) {
            byte[] bytes = cal("\r\n", "BEGIN:VEVENT", "UID:x", "DTSTART:20240315T093000Z", "SUMMARY:a" + bad, "END:VEVENT")
                    .getBytes(StandardCharsets.ISO_8859_1);
            assertThatThrownBy(() -> read(bytes)).isInstanceOf(InputException.class)
                    .hasMessageStartingWith("line 7:").hasMessageContaining("not UTF-8");
        }
    }

    @Test
    void aFileCutOffBeforeEndVcalendarIsAnErrorNotAPartialCatalog() {
        String whole = cal("\r\n", ONE);
        String cut = whole.substring(0, whole.indexOf("END:VCALENDAR"));
        assertThatThrownBy(() -> ical.read(cut)).isInstanceOf(InputException.class)
                .hasMessageContaining("the end of the input inside VCALENDAR").hasMessageContaining("END:VCALENDAR");
    }

    @Test
    void aVeventInsideAVeventIsAnError() {
        assertThatThrownBy(() -> ical.read(cal("\r\n", "BEGIN:VEVENT", "UID:a", "DTSTART:20240315T093000Z",
                "BEGIN:VEVENT", "UID:b", "DTSTART:20240315T093000Z", "END:VEVENT", "END:VEVENT")))
                .isInstanceOf(InputException.class).hasMessageStartingWith("line 7 (BEGIN)")
                .hasMessageContaining("a VEVENT inside VEVENT").hasMessageContaining("END:VEVENT first");
    }

    @Test
    void attendeeOrganizerAndParticipantNamesBecomePeopleWithTheirRole() {
        Catalog c = ical.read(cal("\r\n", "BEGIN:VEVENT", "UID:e@x", "DTSTART:20240315T093000Z", "DTEND:20240315T103000Z",
                "SUMMARY:Panel", "ORGANIZER;CN=Olga Orga:mailto:olga@example.org",
                "ATTENDEE;CN=\"Jürgen Groß\";ROLE=REQ-PARTICIPANT:invalid:nomail",
                "ATTENDEE;CN=Mia Moderation;ROLE=CHAIR:mailto:mia@example.org",
                "ATTENDEE:mailto:anonymous@example.org",
                "BEGIN:PARTICIPANT", "UID:p1", "PARTICIPANT-TYPE:SPEAKER", "SUMMARY:Paula Podium", "END:PARTICIPANT",
                "END:VEVENT"));
        Event e = c.events().get(0);
        assertThat(e.contributions()).extracting(Contribution::role).containsExactly(
                ContributionRole.SPEAKER, ContributionRole.HOST, ContributionRole.SPEAKER, ContributionRole.MODERATOR);
        assertThat(e.contributions()).extracting(k -> c.person(k.person()).orElseThrow().displayName())
                .containsExactly("Paula Podium", "Olga Orga", "Jürgen Groß", "Mia Moderation");
        Person juergen = c.people().stream().filter(p -> p.familyName().equals("Groß")).findFirst().orElseThrow();
        assertThat(juergen.id().value()).isEqualTo("juergen-gross");
        assertThat(juergen.externalIds()).containsEntry("ical.attendee", "invalid:nomail");
        assertThat(c.people()).noneMatch(p -> p.displayName().contains("anonymous"));
    }

    @Test
    void aTimedVeventWithoutDtendStaysTimedOnReExport() {
        Catalog c = ical.read(cal("\r\n", "BEGIN:VEVENT", "UID:t@x", "DTSTART;TZID=Europe/Berlin:20240315T093000",
                "SUMMARY:Nur Beginn", "END:VEVENT"));
        Event e = c.events().get(0);
        assertThat(e.dailyStart()).contains(LocalTime.of(9, 30));
        assertThat(e.dailyEnd()).isEmpty();
        String out = ical.exportCatalog(c);
        assertThat(out).contains("DTSTART;TZID=Europe/Berlin:20240315T093000").doesNotContain("VALUE=DATE")
                .doesNotContain("DTEND");
        assertThat(ical.read(out)).isEqualTo(c);
    }

    @Test
    void aKnownIanaTzidWithoutVtimezoneAndXwrTimezoneAreUsed() {
        Catalog c = ical.read(cal("\r\n", "X-WR-TIMEZONE:Australia/Brisbane",
                "BEGIN:VEVENT", "UID:a@x", "DTSTART;TZID=Australia/Brisbane;VALUE=DATE-TIME:20200114T070000",
                "DTEND;TZID=Australia/Brisbane;VALUE=DATE-TIME:20200114T090000", "SUMMARY:A", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b@x", "DTSTART:20200113T230000Z", "DURATION:PT1H", "SUMMARY:B", "END:VEVENT"));
        Event e = c.events().get(0);
        assertThat(e.zone()).isEqualTo(ZoneId.of("Australia/Brisbane"));
        Session b = e.programme().get(1);
        assertThat(e.startOf(b).orElseThrow()).isEqualTo(LocalDate.of(2020, 1, 14).atTime(9, 0)); // 23:00Z = 09:00 +10
        assertThat(e.startOf(e.programme().get(0)).orElseThrow()).isEqualTo(LocalDate.of(2020, 1, 14).atTime(7, 0));
    }

    @Test
    void methodRepeatedInsideVeventsIsTolerated() {
        Catalog c = ical.read(cal("\r\n", "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:a@x", "METHOD:PUBLISH",
                "DTSTART:20200918T110000Z", "SUMMARY:A", "END:VEVENT"));
        assertThat(c.events()).hasSize(1);
    }

    private static final String[] TALKS = {
        "X-WR-CALNAME:Kieler Tage",
        "BEGIN:VEVENT", "UID:2@k", "DTSTART:20200919T090000Z", "DTEND:20200919T100000Z", "SUMMARY:Zwei",
        "LOCATION:Amphithéatre", "ATTENDEE;CN=Bea Beispiel:invalid:nomail", "END:VEVENT",
        "BEGIN:VEVENT", "UID:1@k", "DTSTART:20200918T090000Z", "DTEND:20200918T100000Z", "SUMMARY:Eins",
        "LOCATION:Amphithéâtre", "ATTENDEE;CN=Bea Beispiel:invalid:nomail", "END:VEVENT",
        "BEGIN:VEVENT", "UID:3@k", "DTSTART:20200918T120000Z", "SUMMARY:Drei", "END:VEVENT"};

    @Test
    void aFlatCalendarOfTalksIsOneEventWithAProgramme() {
        Catalog c = ical.read(cal("\r\n", TALKS));
        Event e = c.events().get(0);
        assertThat(c.events()).hasSize(1);
        assertThat(e.title()).isEqualTo("Kieler Tage");
        assertThat(e.id().value()).isEqualTo("kieler-tage");
        assertThat(e.externalIds()).containsEntry("ical.calname", "Kieler Tage");
        assertThat(e.startDate()).contains(LocalDate.of(2020, 9, 18));
        assertThat(e.days()).isEqualTo(2);
        assertThat(e.programme()).extracting(Session::title).containsExactly("Zwei", "Eins", "Drei");
        assertThat(e.programme()).extracting(Session::day).containsExactly(2, 1, 1);
        assertThat(e.programme()).extracting(s -> s.externalIds().get("ical.uid")).containsExactly("2@k", "1@k", "3@k");
        assertThat(e.programme().get(2).end()).isEmpty();
        // two rooms that differ only by an accent stay two rooms
        Venue venue = c.venue(e.venue().orElseThrow()).orElseThrow();
        assertThat(venue.rooms()).extracting(Room::name).containsExactly("Amphithéatre", "Amphithéâtre");
        assertThat(venue.rooms()).extracting(r -> r.id().value()).containsExactly("amphitheatre", "amphitheatre-2");
        assertThat(c.people()).singleElement().satisfies(p -> assertThat(p.displayName()).isEqualTo("Bea Beispiel"));
    }

    @Test
    void theProgrammeRoundTripsWithUidsLocationsAndAttendees() {
        Catalog c = ical.read(cal("\r\n", TALKS));
        String out = ical.exportCatalog(c);
        assertThat(out).contains("UID:1@k", "UID:2@k", "UID:3@k", "LOCATION:Amphithéâtre", "LOCATION:Amphithéatre",
                "X-WR-CALNAME:Kieler Tage").contains("ATTENDEE;CN=Bea Beispiel;ROLE=REQ-PARTICIPANT");
        assertThat(out).contains("DTSTART;TZID=Europe/Berlin:20200918T140000"); // 12:00Z, no DTEND after it
        Catalog again = ical.read(out);
        assertThat(again).isEqualTo(c);
    }

    @Test
    void theGroupingOptionForcesEitherWay() {
        Catalog events = ical.read(new ByteArrayInputStream(cal("\r\n", TALKS).getBytes(StandardCharsets.UTF_8)), "events");
        assertThat(events.events()).hasSize(3).allSatisfy(e -> assertThat(e.programme()).isEmpty());
        assertThat(events.events().get(0).externalIds()).containsEntry("ical.uid", "2@k");
        // two locations that differ by an accent are two venues
        assertThat(events.venues()).extracting(Venue::name).containsExactly("Amphithéatre", "Amphithéâtre");
        String far = cal("\r\n", "BEGIN:VEVENT", "UID:a", "DTSTART:20200101T090000Z", "SUMMARY:A", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTART:20201201T090000Z", "SUMMARY:B", "END:VEVENT");
        assertThat(ical.read(far).events()).hasSize(2);
        Catalog forced = ical.read(new ByteArrayInputStream(far.getBytes(StandardCharsets.UTF_8)), "programme");
        assertThat(forced.events()).singleElement().satisfies(e -> assertThat(e.programme()).hasSize(2));
        String allDay = cal("\r\n", "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20200101", "SUMMARY:A", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTART:20200101T090000Z", "SUMMARY:B", "END:VEVENT");
        assertThat(ical.read(allDay).events()).hasSize(2);
        assertThatThrownBy(() -> ical.read(new ByteArrayInputStream(allDay.getBytes(StandardCharsets.UTF_8)), "programme"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("line 4 (VEVENT)")
                .hasMessageContaining("an all-day VEVENT");
        assertThatThrownBy(() -> ical.read(new ByteArrayInputStream(allDay.getBytes(StandardCharsets.UTF_8)), "talks"))
                .isInstanceOf(InputException.class).hasMessageContaining("option grouping");
    }

    @Test
    void aSingleVeventStaysAnEventAndKeepsItsUid() {
        Catalog c = ical.read(cal("\r\n", ONE));
        Event e = c.events().get(0);
        assertThat(e.programme()).isEmpty();
        assertThat(e.externalIds()).containsEntry("ical.uid", "one@test");
        assertThat(ical.exportCatalog(c)).contains("UID:one@test");
    }

    @Test
    void theFormatInterfaceReadsAndWritesIcs() throws Exception {
        ICalFormat f = new ICalFormat();
        var options = io.github.konvent.spi.FormatOptions.builder().putExtra("grouping", "events").build();
        Catalog c = f.read(new ByteArrayInputStream(cal("\r\n", TALKS).getBytes(StandardCharsets.UTF_8)), options).catalog();
        assertThat(c.events()).hasSize(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(c, out, options);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:1@k");
    }

    @Test
    void aReaderGivesTheSameCatalogAsTheOctetsAlsoWithSurrogatePairsAcrossChunks() {
        String title = "Ü😀".repeat(5000) + "ß";
        String text = cal("\r\n", "BEGIN:VEVENT", "UID:r@x", "DTSTART:20240315T093000Z", "SUMMARY:" + title, "END:VEVENT");
        Catalog fromReader = ical.read(new java.io.StringReader(text));
        assertThat(fromReader.events().get(0).title()).isEqualTo(title);
        assertThat(fromReader).isEqualTo(read(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void identitiesOfOtherSystemsTravelThroughIcs() {
        Catalog c = ical.read(cal("\r\n", TALKS));
        Event e = c.events().get(0);
        Session first = e.programme().get(0).withExternalIds(java.util.Map.of("ical.uid", "2@k",
                "c3voc.guid", "4f1c7a4e-2f0b-5c1e-9d9a-0c1f6d1b7e21", "c3voc.code", "ABC123"));
        Event changed = e.withProgramme(java.util.stream.Stream.concat(java.util.stream.Stream.of(first),
                e.programme().stream().skip(1)).toList()).withExternalIds(java.util.Map.of("c3voc.acronym", "kt20"));
        Catalog withGuids = Catalog.builder().from(c).events(List.of(changed)).build();
        String out = ical.exportCatalog(withGuids);
        assertThat(out.replace("\r\n ", "")).contains("X-KONVENT-EXTERNAL-ID;SCHEME=c3voc.guid:4f1c7a4e-2f0b-5c1e-9d9a-0c1f6d1b7e21")
                .contains("UID:2@k");
        assertThat(ical.read(out)).isEqualTo(withGuids);
    }
}
