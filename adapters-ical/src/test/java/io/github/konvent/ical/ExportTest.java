package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SeriesId;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import org.junit.jupiter.api.Test;

class ExportTest {
    private final Catalog catalog = Fixtures.catalog();
    private final KonventICal ical = Fixtures.ical();

    private List<String> allExports() {
        return List.of(
                ical.exportEvent(catalog, EventId.of("winterkongress-2024")),
                ical.exportEvent(catalog, EventId.of("sommer-online-2020")),
                ical.exportEvent(catalog, EventId.of("abgesagt")),
                ical.exportEvent(catalog, EventId.of("ek-2015")),
                ical.exportSeries(catalog, SeriesId.of("seminarreihe")),
                ical.exportSeries(catalog, SeriesId.of("engagementkongress")),
                ical.exportCatalog(catalog),
                ical.withSessions(false).exportCatalog(catalog));
    }

    @Test
    void everyLineOfEveryExportHasAtMost75Octets() {
        for (String ics : allExports()) {
            Exports.assertWellFormed(ics);
        }
        // the umlaut-rich title is long enough that folding at 75 characters would exceed 75 octets
        String ics = allExports().get(0);
        assertThat(ics).contains("SUMMARY:Kommunalkongress 2024: Digitalisierung und Co-Creation – Perspekt\r\n iven");
    }

    @Test
    void foldingNeverSplitsACharacterAndUnfoldsToTheOriginal() {
        String title = "Ä".repeat(50) + "😀".repeat(30) + "ß";
        String ics = ical.exportCatalog(catalog.withEventPut(catalog.event(EventId.of("abgesagt")).get().withTitle(title)));
        Exports.assertWellFormed(ics);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:" + title + "\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.isEmpty() || !Character.isLowSurrogate(line.charAt(0))).isTrue();
        }
    }

    @Test
    void ical4jValidatorFindsNoErrorInAnyExport() {
        for (String ics : allExports()) {
            assertThat(Exports.ical4jErrors(ics)).as(ics).isEmpty();
        }
    }

    @Test
    void plainIcal4jCannotReadParticipantTypeActiveButTheWorkaroundCan() {
        String ics = ical.exportEvent(catalog, EventId.of("winterkongress-2024"));
        assertThat(ics).contains("PARTICIPANT-TYPE:ACTIVE");
        assertThatThrownBy(() -> new CalendarBuilder().build(new StringReader(ics))).isInstanceOf(ParserException.class);
        assertThat(ical.toCalendar(catalog, EventId.of("winterkongress-2024")).getComponents("VEVENT")).hasSize(4);
    }

    @Test
    void outputIsReproducibleByteForByteAndStampedByTheClock() {
        assertThat(ical.exportCatalog(catalog)).isEqualTo(Fixtures.ical().exportCatalog(Fixtures.catalog()));
        KonventICal later = ical.withClock(Clock.fixed(Instant.parse("2030-05-01T08:09:10Z"), ZoneOffset.UTC));
        String ics = later.exportEvent(catalog, EventId.of("abgesagt"));
        assertThat(ics).contains("DTSTAMP:20300501T080910Z").doesNotContain("DTSTAMP:2026");
    }

    @Test
    void uidsComeFromIdsAndSequenceFromTheRevision() {
        String ics = ical.exportEvent(catalog, EventId.of("winterkongress-2024"));
        assertThat(ics).contains("UID:urn:konvent:event:winterkongress-2024\r\n", "SEQUENCE:3\r\n",
                "UID:urn:konvent:session:w-1\r\n", "RELATED-TO;RELTYPE=PARENT:urn:konvent:event:winterkongress-2024\r\n");
        assertThat(ical.withUidPrefix("urn:konvent:stadt-x:").exportEvent(catalog, EventId.of("abgesagt")))
                .contains("UID:urn:konvent:stadt-x:event:abgesagt\r\n");
    }

    @Test
    void statusMapsCancelledAndSaveTheDate() {
        assertThat(ical.exportEvent(catalog, EventId.of("abgesagt"))).contains("STATUS:CANCELLED\r\n");
        String std = ical.exportEvent(catalog, EventId.of("ek-2015"));
        assertThat(std).contains("STATUS:TENTATIVE\r\n", "DTSTART;VALUE=DATE:20150327\r\n", "DTEND;VALUE=DATE:20150329\r\n")
                .doesNotContain("BEGIN:VTIMEZONE");
    }

    @Test
    void onlineEventsCarryTheJoinLinkInConferenceDescriptionAndUrl() {
        String ics = ical.exportEvent(catalog, EventId.of("sommer-online-2020")).replace("\r\n ", "");
        assertThat(ics).contains(
                "CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Zur Videokonferenz;X-KONVENT-PLATFORM=Zoom:https://meet.example.org/j/123?pwd=a;b",
                "URL;VALUE=URI:https://meet.example.org/j/123?pwd=a;b",
                "DESCRIPTION:Online-Teilnahme: https://meet.example.org/j/123?pwd=a\\;b");
    }

    @Test
    void privateContactDataNeverAppears() {
        for (String ics : allExports()) {
            String unfolded = ics.replace("\r\n ", "");
            assertThat(unfolded).doesNotContain("privat@example.org").doesNotContain("+49 30 1234");
        }
        String ics = ical.exportEvent(catalog, EventId.of("winterkongress-2024")).replace("\r\n ", "");
        assertThat(ics).contains("ORGANIZER;CN=Anna Kontakt;X-KONVENT-ID=anna-kontakt:mailto:veranstaltung@example.org",
                "CALENDAR-ADDRESS:mailto:wimmer@example.org", "SUMMARY:Jens Müller-Lüdenscheidt");
    }

    @Test
    void anEventWithoutDateCannotBeExportedAloneAndIsLeftOutOfFeeds() {
        assertThatThrownBy(() -> ical.exportEvent(catalog, EventId.of("ohne-datum")))
                .isInstanceOf(KonventException.class).hasMessageContaining("ohne-datum").hasMessageContaining("no start date");
        assertThat(ical.exportCatalog(catalog)).doesNotContain("Kongress ohne Datum").doesNotContain("urn:konvent:session:u-1");
        Catalog onlyUndated = Catalog.builder().addEvents(catalog.event(EventId.of("ohne-datum")).get()).build();
        String empty = ical.exportCatalog(onlyUndated);
        assertThat(empty).doesNotContain("BEGIN:VEVENT").doesNotContain("BEGIN:VTIMEZONE");
        assertThat(Exports.ical4jErrors(empty)).containsExactly("VCALENDAR: Calendar must contain at least one component");
    }

    @Test
    void vtimezoneIsCompact() {
        String ics = ical.exportEvent(catalog, EventId.of("winterkongress-2024"));
        assertThat(ics).contains("TZID:Europe/Berlin\r\n", "DTSTART:20240331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
        assertThat(ics.split("BEGIN:DAYLIGHT", -1)).hasSize(2);
        assertThat(ics).doesNotContain("1893").doesNotContain("1980");
    }

    @Test
    void seriesUseRdateForExplicitDatesAndRruleForBiennial() {
        String seminar = ical.exportSeries(catalog, SeriesId.of("seminarreihe"));
        assertThat(seminar).contains("RDATE;TZID=Europe/Berlin:20210428T140000,20210602T140000,20211006T140000\r\n",
                "RECURRENCE-ID;TZID=Europe/Berlin:20211006T140000\r\nX-KONVENT-EVENT-ID:seminar-3\r\n");
        String congress = ical.exportSeries(catalog, SeriesId.of("engagementkongress"));
        assertThat(congress).contains("RRULE:FREQ=YEARLY;INTERVAL=2\r\n", "RECURRENCE-ID;VALUE=DATE:20150322\r\n");
    }

    @Test
    void unknownEventIsAKonventException() {
        assertThatThrownBy(() -> ical.exportEvent(catalog, EventId.of("gibt-es-nicht")))
                .isInstanceOf(KonventException.class).hasMessageContaining("gibt-es-nicht");
    }

    @Test
    void goldenFiles() throws IOException {
        golden("winterkongress-2024.ics", ical.exportEvent(catalog, EventId.of("winterkongress-2024")));
        golden("sommer-online-2020.ics", ical.exportEvent(catalog, EventId.of("sommer-online-2020")));
        golden("seminarreihe.ics", ical.exportSeries(catalog, SeriesId.of("seminarreihe")));
        golden("engagementkongress.ics", ical.exportSeries(catalog, SeriesId.of("engagementkongress")));
    }

    /**
     * Compares with a golden file byte for byte. A test run never writes golden files: a missing one
     * fails; {@code -Dkonvent.golden.update=true} rewrites them after a deliberate change.
     */
    static void golden(String name, String actual) {
        Path file = Path.of("src/test/resources/golden", name);
        try {
            if (Boolean.getBoolean("konvent.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.write(file, actual.getBytes(StandardCharsets.UTF_8));
            }
            assertThat(file).as("golden file %s is missing; write it with -Dkonvent.golden.update=true and review it", file)
                    .exists();
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(name).isEqualTo(actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
