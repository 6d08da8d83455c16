package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSearchTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    /** The full fixture plus 25 dated events, 5 of them on one day, and one undated. */
    static Catalog catalog() {
        Catalog c = Fixtures.full();
        for (int i = 0; i < 25; i++) {
            Event e = Fixtures.eventWithSessions(String.format("q%02d", i), 3, Fixtures.SPEAKER);
            c = c.withEventPut(e.withStartDate(LocalDate.of(2024, 1, 1).plusDays(i < 5 ? 0 : i)));
        }
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsEventsByEveryCriterion(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        store.save(catalog());
        EventId fk = Fixtures.EVENT;

        assertThat(find(store, EventSearch.all().between(LocalDate.of(2018, 9, 19), LocalDate.of(2018, 9, 19))))
                .containsExactly(fk);
        assertThat(find(store, EventSearch.all().between(LocalDate.of(2018, 9, 20), LocalDate.of(2023, 12, 31))))
                .isEmpty();
        assertThat(find(store, EventSearch.all().between(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 1, 1))))
                .containsExactly(fk, id("q00"), id("q01"), id("q02"), id("q03"), id("q04"));
        assertThat(find(store, EventSearch.all().series(Fixtures.SERIES))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().series(SeriesId.of("other")))).isEmpty();
        assertThat(find(store, EventSearch.all().topic("Kooperation"))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().topic("Demografie"))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().topic("t0"))).hasSize(25);
        assertThat(find(store, EventSearch.all().topic("t4"))).isEmpty();
        assertThat(find(store, EventSearch.all().format(SessionFormat.WORKSHOP))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().format(SessionFormat.TALK))).hasSize(25);
        assertThat(find(store, EventSearch.all().organization(Fixtures.INSTITUTE, InvolvementRole.ORGANISER)))
                .containsExactly(fk);
        assertThat(find(store, EventSearch.all().organization(Fixtures.CITY, InvolvementRole.ORGANISER,
                InvolvementRole.FUNDER))).isEmpty();
        assertThat(find(store, EventSearch.all().organization(Fixtures.CITY))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().person(Fixtures.MODERATOR))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().person(Fixtures.SPEAKER).page(0, 1000))).hasSize(26);
        assertThat(find(store, EventSearch.all().person(PersonId.of("nobody")))).isEmpty();
        assertThat(find(store, EventSearch.all().fundingProgramme(Fixtures.PROGRAMME))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().fundingProgramme(ProgrammeId.of("x")))).isEmpty();
        assertThat(find(store, EventSearch.all().project(Fixtures.PROJECT))).containsExactly(fk);
        assertThat(find(store, EventSearch.all().project(ProjectId.of("x")))).isEmpty();
        assertThat(find(store, EventSearch.all().municipality("05913000")).size()).isEqualTo(26);
        assertThat(find(store, EventSearch.all().municipality("05913000").topic("Kooperation")
                .organization(OrganizationId.of(Fixtures.INSTITUTE.value())))).containsExactly(fk);
        assertThat(store.countEvents(EventSearch.all().format(SessionFormat.TALK))).isEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsEventsByTheirEventWideContributions(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        PersonId host = PersonId.of("p-gastgeberin");
        Catalog c = catalog().withPersonPut(Person.builder().id(host).familyName("Gastgeberin").build());
        Event online = c.event(Fixtures.ONLINE).orElseThrow();
        store.save(c.withEventPut(online.withContributions(
                Contribution.of(host, ContributionRole.HOST, Fixtures.RESEARCH, Fixtures.CITY))));

        assertThat(find(store, EventSearch.all().person(host))).containsExactly(Fixtures.ONLINE);
        assertThat(find(store, EventSearch.all().project(Fixtures.RESEARCH))).containsExactly(Fixtures.ONLINE);
        assertThat(find(store, EventSearch.all().municipality("05913000")).size()).isEqualTo(27);
        assertThat(find(store, EventSearch.all().person(host).topic("Kooperation"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void pagesAreStableAndOrderedByDateThenId(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog c = store.save(catalog());
        List<EventId> expected = c.events().stream()
                .sorted(Comparator.comparing((Event e) -> e.startDate().isEmpty())
                        .thenComparing(e -> e.startDate().orElse(LocalDate.MIN))
                        .thenComparing(Event::id))
                .map(Event::id)
                .toList();
        List<EventId> paged = new ArrayList<>();
        for (int first = 0; first < 40; first += 7) {
            paged.addAll(find(store, EventSearch.all().page(first, 7)));
        }
        assertThat(paged).isEqualTo(expected);
        assertThat(store.countEvents(EventSearch.all())).isEqualTo(expected.size());
        assertThat(store.loadEvents(paged.subList(0, 3)))
                .containsExactlyElementsOf(paged.subList(0, 3).stream().map(i -> c.event(i).orElseThrow()).toList());
    }

    static List<EventId> find(JdbcCatalogStore store, EventSearch q) {
        return store.findEvents(q);
    }

    static EventId id(String value) {
        return EventId.of(value);
    }
}
