package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips over generated text and times, with java.time and ical4j as oracles. */
class ICalProperties {
    private final KonventICal ical = Fixtures.ical();

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"), ZoneId.of("Europe/London"));

    /** A session time near a DST change of its zone (days around the changes, times around 2 to 3 at night). */
    record Slot(ZoneId zone, LocalDate date, LocalTime start, int minutes) {}

    @Provide
    Arbitrary<Slot> dstSlots() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        Arbitrary<LocalDate> dates = Combinators.combine(Arbitraries.integers().between(2000, 2037),
                        Arbitraries.of(3, 4, 10, 11), Arbitraries.integers().between(-1, 1))
                .as((y, m, shift) -> LocalDate.of(y, m, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)).plusDays(shift));
        Arbitrary<LocalTime> times = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 4 * 4).map(q -> LocalTime.of(q / 4, (q % 4) * 15)),
                Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60)));
        return Combinators.combine(zones, dates, times, Arbitraries.integers().between(1, 600)).as(Slot::new);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.chars().range('a', 'z')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of('ä', 'ö', 'ü', 'ß', 'Ä', '–', '„', '“', '€')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(' ', ',', ';', ':', '\\', '"', '\n', '^')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0800', '\uD7FF')));
        Arbitrary<String> base = chars.list().ofMinSize(1).ofMaxSize(300)
                .map(l -> { StringBuilder sb = new StringBuilder(); l.forEach(sb::append); return sb.toString(); });
        return Combinators.combine(base, Arbitraries.of("", "😀", "👩‍👩‍👧", "𝄞x"))
                .as((s, e) -> "T" + s + e)
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 150)
    void sessionTimesNearDstChangesRoundTripAndTheVtimezoneAgreesWithJavaTime(@ForAll("dstSlots") Slot slot) throws Exception {
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

    @Property(tries = 150)
    void anyTextSurvivesEscapingAndOctetFolding(@ForAll("texts") String title, @ForAll("texts") String description) {
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
