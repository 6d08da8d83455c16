package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deleting each kind of stored thing removes exactly it (and what it owns) and nothing else;
 * saving one project or funding programme updates it alone.
 */
class DeleteAndSaveOneTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void deletingEachKindRemovesExactlyItInDependencyOrder(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog expected = store.save(Fixtures.full());
        assertThat(expected.awards()).isNotEmpty();
        assertThat(expected.labs()).isNotEmpty();
        assertThat(expected.venues()).isNotEmpty();
        assertThat(expected.series()).isNotEmpty();

        // referring things first: awards, labs, events, series, programmes with projects, venues, people, organisations
        for (var a : expected.awards()) {
            expected = deleted(store, expected, store.delete(a.id()), store.delete(a.id()),
                    c -> c.withAwards(c.awards().stream().filter(not(x -> x.id().equals(a.id()))).toList()));
        }
        for (var l : expected.labs()) {
            expected = deleted(store, expected, store.delete(l.id()), store.delete(l.id()),
                    c -> c.withLabs(c.labs().stream().filter(not(x -> x.id().equals(l.id()))).toList()));
        }
        for (var e : expected.events()) {
            expected = deleted(store, expected, store.delete(e.id()), store.delete(e.id()),
                    c -> c.withEvents(c.events().stream().filter(x -> !x.id().equals(e.id())).toList()));
        }
        for (var s : expected.series()) {
            expected = deleted(store, expected, store.delete(s.id()), store.delete(s.id()),
                    c -> c.withSeries(c.series().stream().filter(not(x -> x.id().equals(s.id()))).toList()));
        }
        // programmes and projects refer to each other (programme, accompanying research): a catalog
        // with only one side of such a pair does not build, so the whole catalog is compared after both
        for (var f : expected.fundingProgrammes()) {
            assertThat(store.delete(f.id())).isTrue();
            assertThat(store.delete(f.id())).isFalse();
            assertThat(store.loadFundingProgramme(f.id())).isEmpty();
        }
        for (var p : expected.projects()) {
            assertThat(store.loadProject(p.id())).isPresent();
            assertThat(store.delete(p.id())).isTrue();
            assertThat(store.delete(p.id())).isFalse();
            assertThat(store.loadProject(p.id())).isEmpty();
        }
        expected = Catalog.builder().from(expected).projects(java.util.List.of()).fundingProgrammes(java.util.List.of()).build();
        assertThat(store.load()).isEqualTo(expected);
        for (var v : expected.venues()) {
            expected = deleted(store, expected, store.delete(v.id()), store.delete(v.id()),
                    c -> c.withVenues(c.venues().stream().filter(not(x -> x.id().equals(v.id()))).toList()));
        }
        for (var p : expected.people()) {
            expected = deleted(store, expected, store.delete(p.id()), store.delete(p.id()),
                    c -> c.withPeople(c.people().stream().filter(not(x -> x.id().equals(p.id()))).toList()));
        }
        // organisations: children before their parents
        while (!expected.organizations().isEmpty()) {
            Catalog now = expected;
            var leaf = now.organizations().stream()
                    .filter(o -> now.organizations().stream().noneMatch(x -> x.parent().filter(o.id()::equals).isPresent()))
                    .findFirst().orElseThrow();
            expected = deleted(store, expected, store.delete(leaf.id()), store.delete(leaf.id()),
                    c -> c.withOrganizations(c.organizations().stream().filter(not(x -> x.id().equals(leaf.id()))).toList()));
        }
        assertThat(store.load()).isEqualTo(Catalog.empty());
    }

    private static <T> Predicate<T> not(Predicate<T> p) {
        return p.negate();
    }

    private static Catalog deleted(JdbcCatalogStore store, Catalog before, boolean first, boolean second,
            Function<Catalog, Catalog> without) {
        assertThat(first).as("the first delete finds it").isTrue();
        assertThat(second).as("the second delete finds nothing").isFalse();
        Catalog after = without.apply(before);
        assertThat(store.load()).isEqualTo(after);
        return after;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savingOneProjectOrProgrammeUpdatesItAlone(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog saved = store.save(Fixtures.full());
        Project project = saved.projects().get(0);
        Project changed = store.save(Project.builder().from(project).title("Neuer Titel: Straße & Co.").build());
        assertThat(changed.revision()).isEqualTo(project.revision() + 1);
        assertThat(changed.title()).isEqualTo("Neuer Titel: Straße & Co.");
        assertThat(store.loadProject(project.id())).contains(changed);
        FundingProgramme programme = saved.fundingProgrammes().get(0);
        FundingProgramme renamed = store.save(FundingProgramme.builder().from(programme).name("Kommunen innovativ II").build());
        assertThat(renamed.revision()).isEqualTo(programme.revision() + 1);
        assertThat(store.loadFundingProgramme(programme.id())).contains(renamed);
        Catalog expected = saved
                .withProjects(saved.projects().stream().map(x -> x.id().equals(changed.id()) ? changed : x).toList())
                .withFundingProgrammes(saved.fundingProgrammes().stream()
                        .map(x -> x.id().equals(renamed.id()) ? renamed : x).toList());
        assertThat(store.load()).isEqualTo(expected);
    }
}
