package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.testing.CatalogArbitraries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Generated catalogs survive the store on every database: save → load gives the saved catalog,
 * which is the generated one with every revision + 1 (the simple oracle beside the store).
 */
class CatalogStoreProperties {
    private static final List<Databases.Kind> KINDS = Databases.available().toList();

    /** One schema per database for all tries, emptied before each. */
    private static final Map<Databases.Kind, DataSource> SOURCES = new EnumMap<>(Databases.Kind.class);

    @Test
    void savedCatalogsLoadEqualOnEveryDatabase() {
        qt().withExamples(25).forAll(CatalogArbitraries.catalogs()).checkAssert(CatalogStoreProperties::saveAndLoad);
    }

    static void saveAndLoad(Catalog catalog) {
        for (Databases.Kind kind : KINDS) {
            JdbcCatalogStore store = JdbcCatalogStore.create(source(kind));
            store.deleteAll();

            Catalog saved = store.save(catalog);

            assertThat(saved).isEqualTo(bumped(catalog));
            assertThat(store.load()).as("on %s", kind).isEqualTo(saved);
            if (!saved.events().isEmpty()) {
                Event e = saved.events().get(saved.events().size() - 1);
                assertThat(store.loadEvent(e.id())).as("event %s on %s", e.id(), kind).contains(e);
            }
        }
    }

    /** @return the catalog with every revision + 1, built without the store */
    static Catalog bumped(Catalog c) {
        return Catalog.builder()
                .organizations(map(c.organizations(), o -> o.withRevision(o.revision() + 1)))
                .people(map(c.people(), o -> o.withRevision(o.revision() + 1)))
                .series(map(c.series(), o -> o.withRevision(o.revision() + 1)))
                .events(map(c.events(), o -> o.withRevision(o.revision() + 1)))
                .venues(map(c.venues(), o -> o.withRevision(o.revision() + 1)))
                .fundingProgrammes(map(c.fundingProgrammes(), o -> o.withRevision(o.revision() + 1)))
                .projects(map(c.projects(), o -> o.withRevision(o.revision() + 1)))
                .labs(map(c.labs(), o -> o.withRevision(o.revision() + 1)))
                .awards(map(c.awards(), o -> o.withRevision(o.revision() + 1)))
                .build();
    }

    private static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
        return list.stream().map(f).toList();
    }

    private static synchronized DataSource source(Databases.Kind kind) {
        return SOURCES.computeIfAbsent(kind, Databases::fresh);
    }

    @AfterAll
    static void forget() {
        SOURCES.clear();
    }
}
