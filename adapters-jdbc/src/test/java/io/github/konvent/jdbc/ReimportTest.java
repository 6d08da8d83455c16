package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.ConflictException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.testing.SeedCatalog;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-importing a file ({@code konvent db save --in FILE}): a catalog without revisions replaces
 * what it names, again and again; one with revisions is checked against the store.
 */
class ReimportTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameFileSavedTwiceIsStoredOnceAtTheNextRevision(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog file = SeedCatalog.catalog();
        Catalog first = store.replace(file);
        Catalog second = store.replace(file);
        assertThat(first.events()).allSatisfy(e -> assertThat(e.revision()).isEqualTo(1));
        assertThat(second.events()).allSatisfy(e -> assertThat(e.revision()).isEqualTo(2));
        assertThat(second.organizations()).allSatisfy(o -> assertThat(o.revision()).isEqualTo(2));
        assertThat(store.load()).isEqualTo(second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aChangedFileUpdatesInPlaceAndRemovesVanishedSessions(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog file = SeedCatalog.catalog();
        store.replace(file);
        Event event = file.events().stream().filter(e -> e.programme().size() >= 3).findFirst().orElseThrow();
        List<Session> shorter = event.programme().subList(0, event.programme().size() - 1);
        Event changed = event.withTitle(event.title() + " (korrigiert)").withProgramme(shorter);
        Catalog corrected = file.withEvents(file.events().stream().map(e -> e.id().equals(event.id()) ? changed : e).toList());
        store.replace(corrected);
        Event stored = store.loadEvent(event.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo(changed.title());
        assertThat(stored.programme()).extracting(Session::id).containsExactlyElementsOf(shorter.stream().map(Session::id).toList());
        assertThat(stored.revision()).isEqualTo(2);
        assertThat(store.load().events()).hasSameSizeAs(file.events());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFileWithStaleRevisionsIsStillAConflict(Databases.Kind kind) {
        DataSource ds = Databases.fresh(kind);
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        Catalog exported = store.replace(SeedCatalog.catalog());
        store.replace(SeedCatalog.catalog());
        Event stale = exported.events().get(0);
        assertThat(stale.revision()).isEqualTo(1);
        assertThatThrownBy(() -> store.replace(exported))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("revision 1")
                .hasMessageContaining("revision 2");
        assertThat(store.loadEvent(stale.id()).orElseThrow().revision()).isEqualTo(2);
    }
}
