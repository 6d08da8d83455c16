package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SeriesId;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.List;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Recur;
import org.junit.jupiter.api.Test;

class TimezonesTest {
    @Test
    void yearlyRulesBecomeRrulesThatIcal4jExpandsToJavaTimesTransitions() {
        for (String id : List.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "Europe/London", "America/Santiago")) {
            for (ZoneOffsetTransitionRule rule : ZoneId.of(id).getRules().getTransitionRules()) {
                String rrule = Timezones.rrule(rule);
                assertThat(rrule).as(id).isNotNull();
                LocalDateTime first = rule.createTransition(2030).getDateTimeBefore();
                List<LocalDateTime> dates = new Recur<LocalDateTime>(rrule).getDates(first, first, first.plusYears(20).plusDays(7));
                List<LocalDateTime> expected = new java.util.ArrayList<>();
                for (int y = 2030; y <= 2050; y++) {
                    expected.add(rule.createTransition(y).getDateTimeBefore());
                }
                assertThat(dates).as(id + " " + rrule).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aTimedBiennialSeriesGetsRuleBasedObservancesAndValidates() {
        SeriesId sid = SeriesId.of("kongress");
        Catalog c = Catalog.builder()
                .addSeries(EventSeries.builder().id(sid).name("Kongress").cadence(Cadence.biennial()).build())
                .addEvents(Event.builder().id(EventId.of("k-2023")).title("Kongress 2023").series(sid)
                        .startDate(LocalDate.of(2023, 11, 7)).dailyStart(LocalTime.of(9, 0)).dailyEnd(LocalTime.of(17, 0)).build())
                .addEvents(Event.builder().id(EventId.of("k-2025")).title("Kongress 2025").series(sid)
                        .startDate(LocalDate.of(2025, 11, 12)).dailyStart(LocalTime.of(9, 0)).dailyEnd(LocalTime.of(17, 0)).build())
                .build();
        String ics = Fixtures.ical().exportSeries(c, sid);
        Exports.assertWellFormed(ics);
        assertThat(Exports.ical4jErrors(ics)).isEmpty();
        assertThat(ics).contains("RRULE:FREQ=YEARLY;INTERVAL=2\r\n",
                "DTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n",
                "RECURRENCE-ID;TZID=Europe/Berlin:20251107T090000\r\n");
        // 2024 is not used: its transitions are left out
        assertThat(ics).doesNotContain("DTSTART:20240331T020000");
        Catalog back = Fixtures.ical().read(ics);
        assertThat(Facts.of(back)).containsExactlyInAnyOrderElementsOf(Facts.of(c));
    }

    @Test
    void fixedOffsetZonesHaveOneObservance() {
        StringWriter sw = new StringWriter();
        Timezones.write(new ContentWriter(sw), ZoneId.of("UTC"), new TreeSet<>(List.of(2024)), true);
        assertThat(sw.toString()).isEqualTo("BEGIN:VTIMEZONE\r\nTZID:UTC\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                + "TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
    }
}
