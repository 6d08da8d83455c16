package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.testing.SeedCatalog;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed announcements survive the store unchanged, apart from their revisions. */
class SeedCatalogTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSeedCatalogRoundTrips(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog seeds = SeedCatalog.catalog();

        Catalog saved = store.save(seeds);

        assertThat(store.load()).isEqualTo(saved);
        assertThat(saved.events()).hasSize(seeds.events().size());
        for (Event e : seeds.events()) {
            Event stored = store.loadEvent(e.id()).orElseThrow();
            assertThat(stored).isEqualTo(e.withRevision(e.revision() + 1));
        }
    }
}
