package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.id.EventId;
import io.github.konvent.testing.SeedCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five seed announcements: export, validate, round trip, and files for the Node check. */
class SeedTest {
    private final Catalog catalog = SeedCatalog.catalog();
    private final KonventICal ical = Fixtures.ical();

    /** The seed files and the events each one announces. */
    static Map<String, List<EventId>> seeds() {
        Map<String, List<EventId>> m = new LinkedHashMap<>();
        m.put("seed-000", List.of(SeedCatalog.KAS_KOMMUNALKONGRESS_2024));
        m.put("seed-001", List.of(SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018));
        m.put("seed-002", List.of(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020));
        m.put("seed-003", List.of(SeedCatalog.ENGAGEMENTKONGRESS_NRW_2013, SeedCatalog.ENGAGEMENTKONGRESS_NRW_2015,
                SeedCatalog.ENGAGEMENTKONGRESS_NRW_2017));
        m.put("seed-004", List.of(SeedCatalog.BOELL_2021_04_28, SeedCatalog.BOELL_2021_06_02, SeedCatalog.BOELL_2021_10_06));
        return m;
    }

    @Test
    void everySeedEventExportsValidAndRoundTrips() {
        for (Event e : catalog.events()) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            String ics = ical.exportEvent(catalog, e.id());
            Exports.assertWellFormed(ics);
            assertThat(Exports.ical4jErrors(ics)).as(e.id().value()).isEmpty();
            Catalog back = ical.read(ics);
            Catalog only = Catalog.builder().from(catalog).events(List.of(e)).build();
            assertThat(Facts.of(back)).as(e.id().value()).containsExactlyElementsOf(Facts.of(only));
            assertThat(ical.exportEvent(back, e.id())).as("export of the import").isEqualTo(ics);
        }
    }

    @Test
    void everySeedSeriesExportsValidAndRoundTrips() {
        for (EventSeries s : catalog.series()) {
            String ics = ical.exportSeries(catalog, s.id());
            Exports.assertWellFormed(ics);
            List<Event> dated = catalog.editions(s.id()).stream().filter(e -> e.startDate().isPresent()).toList();
            if (dated.isEmpty()) {
                continue;
            }
            assertThat(Exports.ical4jErrors(ics)).as(s.id().value()).isEmpty();
            Catalog back = ical.read(ics);
            assertThat(Facts.of(back)).as(s.id().value())
                    .containsExactlyInAnyOrderElementsOf(Facts.of(Catalog.builder().from(catalog).events(dated).build()));
            EventSeries read = back.series(s.id()).orElseThrow();
            if (s.cadence().intervalYears().isPresent() || !s.cadence().dates().isEmpty()) {
                assertThat(read.cadence()).as(s.id().value()).isEqualTo(s.cadence());
            }
        }
    }

    @Test
    void theWholeSeedCatalogAsOneFeed() {
        String ics = ical.exportCatalog(catalog);
        Exports.assertWellFormed(ics);
        assertThat(Exports.ical4jErrors(ics)).isEmpty();
        assertThat(Facts.of(ical.read(ics))).containsExactlyElementsOf(Facts.of(catalog));
        ExportTest.golden("seed-catalog.ics", ics);
    }

    @Test
    void writesTheSeedCalendarsForTheNodeCheck() throws IOException {
        Path dir = Path.of("target/node-check");
        Files.createDirectories(dir);
        for (Map.Entry<String, List<EventId>> seed : seeds().entrySet()) {
            List<Event> events = seed.getValue().stream().map(id -> catalog.event(id).orElseThrow()).toList();
            String ics;
            if (seed.getKey().equals("seed-004")) {
                ics = ical.exportSeries(catalog, SeedCatalog.BOELL_ZIVILGESELLSCHAFT_AMT);
            } else {
                ics = ical.exportCatalog(Catalog.builder().from(catalog).events(events).build());
            }
            Exports.assertWellFormed(ics);
            write(dir.resolve(seed.getKey() + ".ics"), ics);
            // the same events as Konvent JSON: what check.mjs compares every VEVENT against
            Catalog same = seed.getKey().equals("seed-004")
                    ? Catalog.builder().from(catalog).events(catalog.editions(SeedCatalog.BOELL_ZIVILGESELLSCHAFT_AMT)).build()
                    : Catalog.builder().from(catalog).events(events).build();
            write(dir.resolve(seed.getKey() + ".json"), io.github.konvent.json.KonventJson.write(same));
        }
        assertThat(dir.resolve("seed-004.ics")).exists();
    }

    private static void write(Path file, String text) {
        try {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
