package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.testing.CatalogArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated catalogs (umlauts, every status and format, times around the DST changes) round-trip. */
class GeneratedCatalogProperties {
    private final KonventICal ical = Fixtures.ical();

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogArbitraries.catalogs();
    }

    @Property(tries = 100)
    void aCatalogFeedRoundTripsWithTheSameTimesTitlesPeopleLocationsAndLinks(@ForAll("catalogs") Catalog catalog) {
        String ics = ical.exportCatalog(catalog);
        assertThat(Exports.longLines(ics)).isEmpty();
        assertThat(Facts.of(ical.read(ics))).containsExactlyElementsOf(Facts.of(catalog));
    }

    @Property(tries = 60)
    void eachDatedEventIsValidForIcal4jAndRoundTripsAlone(@ForAll("catalogs") Catalog catalog) {
        for (Event e : catalog.events()) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            String ics = ical.exportEvent(catalog, e.id());
            assertThat(Exports.ical4jErrors(ics)).isEmpty();
            Catalog only = Catalog.builder().from(catalog).events(java.util.List.of(e)).awards(java.util.List.of())
                    .labs(java.util.List.of()).build();
            assertThat(Facts.of(ical.read(ics))).containsExactlyElementsOf(Facts.of(only));
        }
    }
}
