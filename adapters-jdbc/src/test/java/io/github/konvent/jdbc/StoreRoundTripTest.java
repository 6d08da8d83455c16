package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.ConflictException;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Person;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoreRoundTripTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savesAndLoadsEveryFieldOfEveryType(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog catalog = Fixtures.full();

        Catalog saved = store.save(catalog);

        assertThat(saved.events().get(0).revision()).isEqualTo(catalog.events().get(0).revision() + 1);
        assertThat(saved.organizations().get(0).revision()).isEqualTo(4);
        assertThat(store.load()).isEqualTo(saved);
        // saving changes nothing but the revisions, each + 1
        assertThat(saved).isEqualTo(CatalogStoreProperties.bumped(catalog));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savingAgainUpdatesInPlaceAndRemovesVanishedSessions(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog saved = store.save(Fixtures.full());
        Event event = saved.event(Fixtures.EVENT).orElseThrow();
        List<Session> fewer = event.programme().stream()
                .filter(s -> !s.id().equals(SessionId.of("fk18-abend")))
                .map(s -> s.id().value().equals("fk18-keynote") ? s.withTitle("Neue Keynote") : s)
                .toList();

        Event again = store.save(event.withProgramme(fewer).withTitle("Fachkonferenz 2018 (neu)"));

        assertThat(again.revision()).isEqualTo(event.revision() + 1);
        assertThat(store.loadEvent(Fixtures.EVENT)).contains(again);
        assertThat(store.load().events()).containsExactly(again, saved.event(Fixtures.ONLINE).orElseThrow());
        Catalog second = store.save(store.load());
        assertThat(store.load()).isEqualTo(second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savesAndLoadsSingleAggregatesAndDeletesThem(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog c = Fixtures.full();
        Person p = store.save(c.people().get(0));
        assertThat(store.loadPerson(p.id())).contains(p);
        assertThat(store.save(c.organizations().get(0)).revision()).isEqualTo(4);
        assertThat(store.loadOrganization(Fixtures.CITY)).contains(c.organizations().get(0).withRevision(4));
        assertThat(store.loadSeries(Fixtures.SERIES)).isEmpty();
        assertThat(store.save(c.series().get(0))).isEqualTo(store.loadSeries(Fixtures.SERIES).orElseThrow());
        assertThat(store.save(c.venues().get(0))).isEqualTo(store.loadVenue(Fixtures.VENUE).orElseThrow());
        assertThat(store.save(c.labs().get(0))).isEqualTo(store.loadLab(c.labs().get(0).id()).orElseThrow());
        assertThat(store.save(c.awards().get(0))).isEqualTo(store.loadAward(c.awards().get(0).id()).orElseThrow());
        FundingProgramme programme = c.fundingProgrammes().get(0);
        List<Project> projects = c.projects();
        ProgrammeWithProjects both = store.save(programme, projects);
        assertThat(both.programme().revision()).isEqualTo(1);
        assertThat(store.loadFundingProgrammeWithProjects(programme.id())).contains(both);
        assertThat(store.loadProject(Fixtures.PROJECT)).contains(both.projects().get(0));
        Event e = store.save(c.event(Fixtures.EVENT).orElseThrow());
        EventWithPeople loaded = store.loadEventWithPeople(Fixtures.EVENT).orElseThrow();
        assertThat(loaded.event()).isEqualTo(e);
        assertThat(loaded.people()).containsExactly(p);
        assertThat(store.save(c.people().get(1)).revision()).isEqualTo(1);
        assertThat(store.loadEventWithPeople(Fixtures.EVENT).orElseThrow().people()).hasSize(2);

        assertThat(store.delete(Fixtures.EVENT)).isTrue();
        assertThat(store.delete(Fixtures.EVENT)).isFalse();
        assertThat(store.loadEvent(Fixtures.EVENT)).isEmpty();
        assertThat(store.delete(programme.id())).isTrue();
        assertThat(store.loadFundingProgramme(programme.id())).isEmpty();
        assertThat(store.loadProject(Fixtures.PROJECT)).isPresent();
        assertThat(store.delete(p.id())).isTrue();
        store.deleteAll();
        assertThat(store.load()).isEqualTo(Catalog.empty());
        assertThat(store.loadEvents(List.of(EventId.of("nothing")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStaleCopyConflictsAndChangesNothing(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog saved = store.save(Fixtures.full());
        Event event = saved.event(Fixtures.EVENT).orElseThrow();
        store.save(event.withTitle("first writer"));

        assertThatThrownBy(() -> store.save(event.withTitle("second writer")))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.aggregate()).isEqualTo("event fachkonferenz-2018");
                    assertThat(e.expectedRevision()).isEqualTo(8);
                    assertThat(e.actualRevision()).isEqualTo(9);
                });
        assertThatThrownBy(() -> store.save(saved.withEventPut(event.withTitle("third"))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("event fachkonferenz-2018")
                .hasMessageContaining("8")
                .hasMessageContaining("9");
        assertThat(store.loadEvent(Fixtures.EVENT).orElseThrow().title()).isEqualTo("first writer");
        assertThat(store.load().people()).isEqualTo(saved.people());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migratingTwiceAppliesNothingTheSecondTime(Databases.Kind kind) {
        DataSource ds = Databases.empty(kind);
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        assertThat(store.migrate()).isEqualTo(5);
        assertThat(store.migrate()).isZero();
        assertThat(store.load()).isEqualTo(Catalog.empty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aVersion1SchemaWithDataIsUpgradedToAvailabilityWindows(Databases.Kind kind) throws SQLException {
        DataSource ds = Databases.empty(kind);
        Flyway.configure().dataSource(ds).locations(JdbcCatalogStore.migrationLocation(productName(ds)))
                .table(JdbcCatalogStore.HISTORY_TABLE).target("1").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO konvent_person (id, catalog_pos, revision, family_name) "
                    + "VALUES ('old', 0, 1, 'Alt')");
        }
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        assertThat(store.migrate()).isEqualTo(4);
        Person old = store.load().people().get(0);
        assertThat(old.familyName()).isEqualTo("Alt");
        assertThat(old.availability()).isEmpty();
        Person available = old.withAvailability(
                Availability.of(LocalDateTime.of(2024, 5, 1, 8, 0), LocalDateTime.of(2024, 5, 2, 18, 0)));
        assertThat(store.save(available).availability()).isEqualTo(available.availability());
        assertThat(store.load().people()).extracting(Person::availability).containsExactly(available.availability());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aVersion2SchemaWithDataIsUpgradedToEventWideContributions(Databases.Kind kind) throws SQLException {
        DataSource ds = Databases.empty(kind);
        Catalog full = Fixtures.full();
        Event event = full.event(Fixtures.EVENT).orElseThrow();
        Catalog without = full.withEventPut(event.withContributions(List.of()));
        Flyway.configure().dataSource(ds).locations(JdbcCatalogStore.migrationLocation(productName(ds)))
                .table(JdbcCatalogStore.HISTORY_TABLE).target("2").load().migrate();
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        assertThat(store.migrate()).isEqualTo(3);
        Catalog saved = store.save(without);
        assertThat(store.loadEvent(Fixtures.EVENT).orElseThrow().contributions()).isEmpty();
        Event upgraded = saved.event(Fixtures.EVENT).orElseThrow().withContributions(event.contributions());
        assertThat(store.save(upgraded).contributions()).isEqualTo(event.contributions());
        assertThat(store.loadEvent(Fixtures.EVENT).orElseThrow().contributions()).isEqualTo(event.contributions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aVersion3SchemaWithDataIsUpgradedToExternalIds(Databases.Kind kind) throws SQLException {
        DataSource ds = Databases.empty(kind);
        Flyway.configure().dataSource(ds).locations(JdbcCatalogStore.migrationLocation(productName(ds)))
                .table(JdbcCatalogStore.HISTORY_TABLE).target("3").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO konvent_person (id, catalog_pos, revision, family_name) "
                    + "VALUES ('old', 0, 1, 'Alt')");
        }
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        assertThat(store.migrate()).isEqualTo(2);
        Person old = store.load().people().get(0);
        assertThat(old.externalIds()).isEmpty();
        Person known = old.withExternalIds(java.util.Map.of("c3voc.guid", "0c16ffaa-709d-599f-959f-9a38b911361a"));
        assertThat(store.save(known).externalIds()).isEqualTo(known.externalIds());
        assertThat(store.load().people()).extracting(Person::externalIds).containsExactly(known.externalIds());
    }

    private static String productName(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }
}
