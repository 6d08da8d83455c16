package io.github.konvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private final Organization difu = Organization.builder()
            .id(OrganizationId.of("difu"))
            .name("Deutsches Institut für Urbanistik")
            .shortName("Difu")
            .kind(OrganizationKind.RESEARCH_INSTITUTE)
            .build();

    private final Person bock = Person.builder()
            .id(PersonId.of("stephanie-bock"))
            .honorific("Dr.")
            .givenName("Stephanie")
            .familyName("Bock")
            .build();

    private Event event(Session... sessions) {
        return Event.builder()
                .id(EventId.of("ki-2020-online"))
                .title("Den Handlungsspielraum der Kommunen mit neuen Partnern erweitern")
                .startDate(LocalDate.of(2020, 11, 24))
                .addProgramme(sessions)
                .build();
    }

    @Test
    void resolvesReferencesAndLooksUpByTypedId() {
        Session welcome = Session.builder()
                .id(SessionId.of("s1"))
                .title("Begrüßung und inhaltliche Einführung")
                .format(SessionFormat.WELCOME)
                .start(LocalTime.of(10, 0))
                .addContributions(Contribution.of(bock.id(), ContributionRole.SPEAKER, difu.id()))
                .build();
        Catalog catalog = Catalog.builder()
                .addOrganizations(difu)
                .addPeople(bock)
                .addEvents(event(welcome))
                .build();

        assertThat(catalog.person(bock.id())).contains(bock);
        assertThat(catalog.eventOf(welcome.id()).map(Event::id)).contains(EventId.of("ki-2020-online"));
        assertThat(catalog.nameOf(difu.id())).isEqualTo("Difu");
        assertThat(catalog.sessionCount()).isEqualTo(1);
    }

    @Test
    void reportsEveryDanglingReferenceAtOnce() {
        Session panel = Session.builder()
                .id(SessionId.of("s1"))
                .title("Diskussionsrunde")
                .format(SessionFormat.DISCUSSION_ROUND)
                .addContributions(Contribution.of(PersonId.of("nobody"), ContributionRole.PANELIST,
                        OrganizationId.of("no-org")))
                .build();
        Event event = event(panel).withSeries(SeriesId.of("no-series"));

        assertThatThrownBy(() -> Catalog.builder().addEvents(event).build())
                .isInstanceOfSatisfying(DanglingReferenceException.class, e -> assertThat(e.references())
                        .extracting(DanglingReference::kind, DanglingReference::id)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("series", "no-series"),
                                org.assertj.core.groups.Tuple.tuple("person", "nobody"),
                                org.assertj.core.groups.Tuple.tuple("organization", "no-org")))
                .hasMessageContaining("3 dangling references")
                .hasMessageContaining("event ki-2020-online / session s1 / contributions[0] / person");
    }

    @Test
    void rejectsDuplicateIdsOfOneKind() {
        assertThatThrownBy(() -> Catalog.builder().addOrganizations(difu, difu).build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("'difu' twice");
    }

    @Test
    void putReplacesByIdAndKeepsOrder() {
        Catalog catalog = Catalog.builder().addOrganizations(difu).addPeople(bock).build();
        Person renamed = bock.withGivenName("Stefanie");
        Catalog updated = catalog.withPersonPut(renamed);
        assertThat(updated.people()).containsExactly(renamed);
        assertThat(catalog.people()).containsExactly(bock);
    }

    @Test
    void eventWideContributionsAreCheckedLikeSessionOnes() {
        Event moderated = event().withContributions(
                Contribution.of(bock.id(), ContributionRole.MODERATOR, difu.id()));
        Catalog catalog = Catalog.builder().addOrganizations(difu).addPeople(bock).addEvents(moderated).build();
        assertThat(catalog.events().get(0).contributions()).extracting(Contribution::role)
                .containsExactly(ContributionRole.MODERATOR);

        assertThatThrownBy(() -> Catalog.builder().addOrganizations(difu).addEvents(moderated).build())
                .isInstanceOf(DanglingReferenceException.class)
                .hasMessageContaining("event ki-2020-online / contributions[0] / person");
    }
}
