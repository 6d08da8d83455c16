package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Round trips over generated text and times, with java.time and ical4j as oracles. */
class ICalProperties {
    private final KonventICal ical = Fixtures.ical();

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("Europe/London"));

    /** A session time near a DST change of its zone (days around the changes, times around 2 to 3 at night). */
    record Slot(ZoneId zone, LocalDate date, LocalTime start, int minutes) {}

    static Gen<Slot> dstSlots() {
        Gen<ZoneId> zones = Generate.pick(ZONES);
        Gen<LocalDate> dates = SourceDSL.integers().between(2000, 2037).zip(Generate.pick(List.of(3, 4, 10, 11)),
                SourceDSL.integers().between(-1, 1),
                (y, m, shift) -> LocalDate.of(y, m, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)).plusDays(shift));
        Gen<LocalTime> times = Generate.oneOf(
                SourceDSL.integers().between(0, 4 * 4).map(q -> LocalTime.of(q / 4, (q % 4) * 15)),
                SourceDSL.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)));
        return zones.zip(dates, times, SourceDSL.integers().between(1, 600), Slot::new);
    }

    static Gen<String> texts() {
        Gen<Character> chars = Generate.frequency(List.of(
                Pair.of(6, Generate.characters('a', 'z')),
                Pair.of(2, Generate.pick(List.of('ä', 'ö', 'ü', 'ß', 'Ä', '–', '„', '“', '€'))),
                Pair.of(2, Generate.pick(List.of(' ', ',', ';', ':', '\\', '"', '\n', '^'))),
                Pair.of(1, Generate.characters('\u0800', '\uD7FF'))));
        Gen<String> base = SourceDSL.lists().of(chars).ofSizeBetween(1, 300)
                .map(l -> { StringBuilder sb = new StringBuilder(); l.forEach(sb::append); return sb.toString(); });
        return base.zip(Generate.pick(List.of("", "😀", "👩‍👩‍👧", "𝄞x")), (s, e) -> "T" + s + e);
    }

    @Test
    void sessionTimesNearDstChangesRoundTripAndTheVtimezoneAgreesWithJavaTime() {
        qt().withExamples(150).forAll(dstSlots()).checkAssert(this::dstSlotRoundTrips);
    }

    void dstSlotRoundTrips(Slot slot) {
        Session.Builder s = Session.builder().id(SessionId.of("s")).title("Sitzung").format(SessionFormat.TALK)
                .day(2).start(slot.start());
        LocalDateTime endLocal = slot.date().atTime(slot.start()).plusMinutes(slot.minutes());
        if (endLocal.toLocalDate().isAfter(slot.date())) {
            s.end(endLocal.toLocalTime()).endsNextDay(true);
        } else {
            s.end(endLocal.toLocalTime());
        }
        Event e = Event.builder().id(EventId.of("e")).title("DST").zone(slot.zone()).startDate(slot.date().minusDays(1))
                .days(3).addProgramme(s.build()).build();
        Catalog catalog = Catalog.builder().addEvents(e).build();
        String ics = ical.exportEvent(catalog, e.id());
        Exports.assertWellFormed(ics);
        Catalog back = ical.read(ics);
        assertThat(Facts.of(back)).containsExactlyElementsOf(Facts.of(catalog));

        // the compact VTIMEZONE, evaluated as RFC 5545 says (an observance starts at its DTSTART local
        // time in TZOFFSETFROM), gives the offsets java.time gives, right at the transitions too
        Session session = e.programme().get(0);
        List<Instant> instants = new ArrayList<>();
        instants.add(e.startOf(session).get().atZone(slot.zone()).toInstant());
        instants.add(e.endOf(session).get().atZone(slot.zone()).toInstant());
        List<long[]> onsets = onsets(ics);
        for (Instant at : instants) {
            assertThat(offsetAt(onsets, at)).as("offset at " + at + " in " + slot.zone())
                    .isEqualTo(slot.zone().getRules().getOffset(at).getTotalSeconds());
        }
    }

    /** @return (onset epoch second, offset after) of every observance of the first VTIMEZONE */
    static List<long[]> onsets(String ics) {
        List<long[]> out = new ArrayList<>();
        String[] lines = ics.replace("\r\n ", "").split("\r\n");
        String start = null;
        String from = null;
        for (String l : lines) {
            if (l.startsWith("DTSTART:") && start == null) {
                start = l.substring(8);
            } else if (l.startsWith("TZOFFSETFROM:")) {
                from = l.substring(13);
            } else if (l.startsWith("TZOFFSETTO:") && start != null) {
                LocalDateTime local = LocalDateTime.parse(start, java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
                long onset = local.toEpochSecond(java.time.ZoneOffset.of(from));
                out.add(new long[] {onset, java.time.ZoneOffset.of(l.substring(11)).getTotalSeconds()});
                start = null;
            } else if (l.equals("END:VTIMEZONE")) {
                break;
            }
        }
        return out;
    }

    static int offsetAt(List<long[]> onsets, Instant at) {
        long best = Long.MIN_VALUE;
        int offset = Integer.MIN_VALUE;
        for (long[] o : onsets) {
            if (o[0] <= at.getEpochSecond() && o[0] > best) {
                best = o[0];
                offset = (int) o[1];
            }
        }
        return offset;
    }

    @Test
    void anyTextSurvivesEscapingAndOctetFolding() {
        qt().withExamples(150).forAll(texts(), texts()).checkAssert(this::textSurvives);
    }

    void textSurvives(String title, String description) {
        Event e = Event.builder().id(EventId.of("t")).title(title).description(description)
                .startDate(LocalDate.of(2024, 5, 1)).addTopics(title.strip(), description.strip()).build();
        Catalog catalog = Catalog.builder().addEvents(e).build();
        String ics = ical.exportEvent(catalog, e.id());
        assertThat(Exports.longLines(ics)).isEmpty();
        Event back = ical.read(ics).events().get(0);
        assertThat(back.title()).isEqualTo(title);
        assertThat(back.description()).contains(description);
        assertThat(back.topics()).containsExactly(title.strip(), description.strip());
    }
}
