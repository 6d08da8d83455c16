package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.testing.CatalogArbitraries;
import org.junit.jupiter.api.Test;

/** Generated catalogs (umlauts, every status and format, times around the DST changes) round-trip. */
class GeneratedCatalogProperties {
    private final KonventICal ical = Fixtures.ical();

    @Test
    void aCatalogFeedRoundTripsWithTheSameTimesTitlesPeopleLocationsAndLinks() {
        qt().withExamples(100).forAll(CatalogArbitraries.catalogs()).checkAssert(catalog -> {
            String ics = ical.exportCatalog(catalog);
            assertThat(Exports.longLines(ics)).isEmpty();
            assertThat(Facts.of(ical.read(ics))).containsExactlyElementsOf(Facts.of(catalog));
        });
    }

    @Test
    void eachDatedEventIsValidForIcal4jAndRoundTripsAlone() {
        qt().withExamples(60).forAll(CatalogArbitraries.catalogs()).checkAssert(this::eachDatedEvent);
    }

    void eachDatedEvent(Catalog catalog) {
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
