package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SeriesId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {
    private final Catalog catalog = Fixtures.catalog();
    private final KonventICal ical = Fixtures.ical();

    @Test
    void eachEventRoundTripsWithTimesTitlesPeopleLocationsAndLinks() {
        for (Event e : catalog.events()) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            String ics = ical.exportEvent(catalog, e.id());
            Catalog back = ical.read(ics);
            Catalog only = Catalog.builder().from(catalog).events(List.of(e)).build();
            assertThat(Facts.of(back)).as(e.id().value()).containsExactlyElementsOf(Facts.of(only));
            // and the export of what was read is the same text again
            assertThat(ical.exportEvent(back, e.id())).isEqualTo(ics);
        }
    }

    @Test
    void theCatalogFeedRoundTrips() {
        String ics = ical.exportCatalog(catalog);
        Catalog back = ical.read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
        assertThat(Facts.of(back)).containsExactlyElementsOf(Facts.of(catalog));
    }

    @Test
    void seriesRoundTripWithTheirCadence() {
        Catalog back = ical.read(ical.exportSeries(catalog, SeriesId.of("seminarreihe")));
        EventSeries s = back.series(SeriesId.of("seminarreihe")).orElseThrow();
        assertThat(s.cadence()).isEqualTo(catalog.series(SeriesId.of("seminarreihe")).get().cadence());
        assertThat(back.editions(s.id())).extracting(e -> e.id().value()).containsExactly("seminar-1", "seminar-2", "seminar-3");
        assertThat(back.event(EventId.of("seminar-2")).get().startDate()).contains(java.time.LocalDate.of(2021, 6, 2));

        Catalog ek = ical.read(ical.exportSeries(catalog, SeriesId.of("engagementkongress")));
        EventSeries k = ek.series(SeriesId.of("engagementkongress")).orElseThrow();
        assertThat(k.cadence().kind()).isEqualTo(CadenceKind.BIENNIAL);
        assertThat(k.firstYear()).contains(2013);
        assertThat(ek.editions(k.id())).extracting(e -> e.id().value()).containsExactly("ek-2013", "ek-2015");
        Catalog bothSeries = Catalog.builder().from(catalog)
                .events(catalog.editions(SeriesId.of("engagementkongress"))).build();
        assertThat(Facts.of(ek)).containsExactlyInAnyOrderElementsOf(Facts.of(bothSeries));
    }
}
