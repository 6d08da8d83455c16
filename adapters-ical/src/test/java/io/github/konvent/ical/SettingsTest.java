package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The settings of {@link KonventICal}: product id, default zone for UTC and floating times on import and for date-only export. */
class SettingsTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static String cal(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void theProductIdIsWrittenAsGiven() {
        Catalog c = Fixtures.catalog();
        EventId id = c.events().stream().filter(e -> e.startDate().isPresent()).findFirst().orElseThrow().id();
        String standard = Fixtures.ical().exportEvent(c, id);
        String own = Fixtures.ical().withProductId("-//Stadt Bonn//Veranstaltungen 1.0//DE").exportEvent(c, id);
        assertThat(own).contains("\r\nPRODID:-//Stadt Bonn//Veranstaltungen 1.0//DE\r\n");
        assertThat(standard).doesNotContain("Stadt Bonn//Veranstaltungen").contains("\r\nPRODID:");
        assertThat(own.replaceAll("PRODID:[^\r]*", "")).isEqualTo(standard.replaceAll("PRODID:[^\r]*", ""));
        assertThatThrownBy(() -> Fixtures.ical().withProductId(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void floatingTimesAreReadInTheDefaultZone() {
        String text = cal("BEGIN:VEVENT", "UID:f", "DTSTAMP:20240101T000000Z", "DTSTART:20240710T100000",
                "DTEND:20240710T120000", "SUMMARY:Schwebend", "END:VEVENT");
        Event berlin = Fixtures.ical().read(text).events().get(0);
        assertThat(berlin.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(berlin.startDate()).contains(LocalDate.of(2024, 7, 10));
        assertThat(berlin.dailyStart()).contains(LocalTime.of(10, 0));
        Event ny = Fixtures.ical().withDefaultZone(NEW_YORK).read(text).events().get(0);
        assertThat(ny.zone()).isEqualTo(NEW_YORK);
        assertThat(ny.startDate()).contains(LocalDate.of(2024, 7, 10));
        assertThat(ny.dailyStart()).contains(LocalTime.of(10, 0));
        assertThat(ny.dailyEnd()).contains(LocalTime.of(12, 0));
    }

    @Test
    void utcTimesAreShownInTheDefaultZone() {
        String text = cal("BEGIN:VEVENT", "UID:u", "DTSTAMP:20240101T000000Z", "DTSTART:20240710T020000Z",
                "DTEND:20240710T040000Z", "SUMMARY:Weltzeit", "END:VEVENT");
        Event berlin = Fixtures.ical().read(text).events().get(0);
        assertThat(berlin.startDate()).contains(LocalDate.of(2024, 7, 10));
        assertThat(berlin.dailyStart()).contains(LocalTime.of(4, 0));
        // 02:00Z is 22:00 of the day before in New York (EDT, UTC-4)
        Event ny = Fixtures.ical().withDefaultZone(NEW_YORK).read(text).events().get(0);
        assertThat(ny.zone()).isEqualTo(NEW_YORK);
        assertThat(ny.startDate()).contains(LocalDate.of(2024, 7, 9));
        assertThat(ny.dailyStart()).contains(LocalTime.of(22, 0));
    }

    @Test
    void aDateOnlyEventNamesItsZoneOnlyWhenItDiffersFromTheDefault() {
        Event e = Event.builder().id(EventId.of("tag")).title("Ganztägig").startDate(LocalDate.of(2024, 9, 1))
                .zone(NEW_YORK).build();
        Catalog c = Catalog.builder().addEvents(e).build();
        String standard = Fixtures.ical().exportEvent(c, e.id());
        assertThat(standard).contains("DTSTART;VALUE=DATE:20240901").contains("X-KONVENT-ZONE:America/New_York");
        assertThat(Fixtures.ical().read(standard).events().get(0).zone()).isEqualTo(NEW_YORK);
        String inNewYork = Fixtures.ical().withDefaultZone(NEW_YORK).exportEvent(c, e.id());
        assertThat(inNewYork).doesNotContain("X-KONVENT-ZONE");
        assertThat(Fixtures.ical().withDefaultZone(NEW_YORK).read(inNewYork).events().get(0).zone()).isEqualTo(NEW_YORK);
        // read with the other default, the zone falls back to that default
        assertThat(Fixtures.ical().read(inNewYork).events().get(0).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }
}
