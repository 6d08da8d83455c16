package io.github.konvent.testing;

import static io.github.konvent.testing.SeedAssertions.CATALOG;
import static io.github.konvent.testing.SeedAssertions.event;
import static io.github.konvent.testing.SeedAssertions.only;
import static io.github.konvent.testing.SeedAssertions.session;
import static io.github.konvent.testing.SeedAssertions.starts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Event;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Seed002OnlineTest {
    private final Event online = event(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020);

    @Test
    void isAnOnlineEventOfTheProgrammeOn24November2020RunByKomKomIn() {
        assertThat(online.startDate()).contains(LocalDate.of(2020, 11, 24));
        assertThat(online.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
        assertThat(online.online()).isPresent();
        assertThat(online.venue()).isEmpty();
        assertThat(online.fundingProgramme()).contains(SeedCatalog.KOMMUNEN_INNOVATIV);
        assertThat(online.parties(InvolvementRole.ORGANISER)).containsExactly(SeedCatalog.KOMKOMIN);
        assertThat(online.title()).isEqualTo("Den Handlungsspielraum der Kommunen mit neuen Partnern erweitern");
    }

    @Test
    void programmeHasEightItemsWithTheGivenStartTimes() {
        assertThat(online.programme()).hasSize(8);
        assertThat(starts(online)).containsExactly("09:50", "10:00", "10:20", "-", "-", "11:30", "11:40", "12:30");
        assertThat(online.programme()).extracting(Session::format).containsExactly(
                SessionFormat.TECHNICAL_INTRO, SessionFormat.WELCOME, SessionFormat.PROJECT_PRESENTATION,
                SessionFormat.PROJECT_PRESENTATION, SessionFormat.PROJECT_PRESENTATION, SessionFormat.IMPULSE,
                SessionFormat.DISCUSSION_ROUND, SessionFormat.CLOSING);
        assertThat(online.programme()).allSatisfy(s -> assertThat(s.end()).isEmpty());
    }

    @Test
    void onlyTheTechnicalIntroductionIsOptionalAndKomKomInGivesIt() {
        assertThat(online.programme().stream().filter(Session::optional)).containsExactly(session(online, 1));
        assertThat(session(online, 1).presenters()).containsExactly(SeedCatalog.KOMKOMIN);
    }

    @Test
    void welcomeIsByBockAndAbtOfDifuForKomKomIn() {
        Session welcome = session(online, 2);
        assertThat(welcome.people(ContributionRole.HOST)).containsExactly(SeedCatalog.STEPHANIE_BOCK, SeedCatalog.JAN_ABT);
        assertThat(welcome.contributions()).allSatisfy(c ->
                assertThat(c.onBehalfOf()).containsExactly(SeedCatalog.DIFU, SeedCatalog.KOMKOMIN));
    }

    @Test
    void resultsSlotHoldsOnePresentationPerProject() {
        Session results = session(online, 3);
        assertThat(results.presenters()).containsExactly(SeedCatalog.KODA_EG, SeedCatalog.LAZIKN2030);
        Session koda = session(online, 4);
        Session lazi = session(online, 5);
        assertThat(List.of(koda, lazi)).allSatisfy(s -> assertThat(s.parent()).contains(results.id()));
        assertThat(koda.title()).isEqualTo(
                "Allianzen mit der engagierten Bürgerschaft: Genossenschaften als zukunftsweisendes Kooperationsformat");
        assertThat(koda.presenters()).containsExactly(SeedCatalog.KODA_EG);
        assertThat(only(koda, SeedCatalog.THOMAS_KLIE, ContributionRole.SPEAKER).onBehalfOf())
                .containsExactly(SeedCatalog.ZZE, SeedCatalog.KODA_EG);
        assertThat(lazi.title()).isEqualTo("Allianzen mit Jugendlichen: Bewährte und neue Formate der Kooperation");
        assertThat(lazi.presenters()).containsExactly(SeedCatalog.LAZIKN2030);
        assertThat(only(lazi, SeedCatalog.BIRGIT_BOEHM, ContributionRole.SPEAKER).onBehalfOf())
                .containsExactly(SeedCatalog.MENSCH_UND_REGION, SeedCatalog.LAZIKN2030);
    }

    @Test
    void outsideViewIsByEvaNemelaOfKoerberStiftung() {
        Session view = session(online, 6);
        assertThat(view.title()).isEqualTo("Blick von außen");
        assertThat(only(view, SeedCatalog.EVA_NEMELA, ContributionRole.SPEAKER).onBehalfOf())
                .containsExactly(SeedCatalog.KOERBER_STIFTUNG);
        assertThat(CATALOG.organization(SeedCatalog.KOERBER_STIFTUNG).orElseThrow().name()).isEqualTo("Körber-Stiftung");
    }

    @Test
    void discussionRoundHasFivePanelistsWithProjectTags() {
        Session round = session(online, 7);
        assertThat(round.people(ContributionRole.PANELIST)).containsExactly(
                SeedCatalog.BIRGIT_BOEHM, SeedCatalog.ANITA_BURKHARDT, SeedCatalog.ANDI_GRABNER,
                SeedCatalog.THOMAS_KLIE, SeedCatalog.EVA_NEMELA);
        assertBehalf(round, SeedCatalog.BIRGIT_BOEHM, SeedCatalog.MENSCH_UND_REGION, SeedCatalog.LAZIKN2030);
        assertBehalf(round, SeedCatalog.ANITA_BURKHARDT, SeedCatalog.NEUWEILER_VEREIN, SeedCatalog.KODA_EG);
        assertBehalf(round, SeedCatalog.ANDI_GRABNER, SeedCatalog.SANDERSDORF_BREHNA, SeedCatalog.LAZIKN2030);
        assertBehalf(round, SeedCatalog.THOMAS_KLIE, SeedCatalog.ZZE, SeedCatalog.KODA_EG);
        assertBehalf(round, SeedCatalog.EVA_NEMELA, SeedCatalog.KOERBER_STIFTUNG);
        assertThat(only(round, SeedCatalog.ANDI_GRABNER, ContributionRole.PANELIST).function()).contains("Bürgermeister");
        assertThat(round.people(ContributionRole.MODERATOR)).isEmpty();
    }

    @Test
    void bockOfDifuModeratesTheWholeEvent() {
        assertThat(online.contributions()).singleElement().satisfies(c -> {
            assertThat(c.person()).isEqualTo(SeedCatalog.STEPHANIE_BOCK);
            assertThat(c.role()).isEqualTo(ContributionRole.MODERATOR);
            assertThat(c.onBehalfOf()).containsExactly(SeedCatalog.DIFU);
        });
    }

    @Test
    void peopleCarryTheirAffiliationsAndTitles() {
        assertThat(person(SeedCatalog.STEPHANIE_BOCK).displayName()).isEqualTo("Dr. Stephanie Bock");
        assertThat(person(SeedCatalog.THOMAS_KLIE).displayName()).isEqualTo("Prof. Dr. Thomas Klie");
        assertThat(person(SeedCatalog.JAN_ABT).honorific()).isEmpty();
        LocalDate day = online.startDate().orElseThrow();
        assertThat(person(SeedCatalog.JAN_ABT).organizationsOn(day)).containsExactly(SeedCatalog.DIFU);
        assertThat(person(SeedCatalog.ANITA_BURKHARDT).organizationsOn(day)).containsExactly(SeedCatalog.NEUWEILER_VEREIN);
        assertThat(person(SeedCatalog.ANDI_GRABNER).affiliations().get(0).position()).contains("Bürgermeister");
        assertThat(CATALOG.organization(SeedCatalog.SANDERSDORF_BREHNA).orElseThrow().kind())
                .isEqualTo(OrganizationKind.MUNICIPALITY);
        assertThat(CATALOG.organization(SeedCatalog.NEUWEILER_VEREIN).orElseThrow().kind())
                .isEqualTo(OrganizationKind.ASSOCIATION);
    }

    @Test
    void klieAndBoehmAppearInTwoItemsEach() {
        assertThat(itemsOf(SeedCatalog.THOMAS_KLIE)).hasSize(2);
        assertThat(itemsOf(SeedCatalog.BIRGIT_BOEHM)).hasSize(2);
        assertThat(itemsOf(SeedCatalog.STEPHANIE_BOCK)).hasSize(1); // the welcome; she moderates the whole event
    }

    private List<Session> itemsOf(PersonId person) {
        return online.programme().stream()
                .filter(s -> s.contributions().stream().anyMatch(c -> c.person().equals(person)))
                .toList();
    }

    private static Person person(PersonId id) {
        return CATALOG.person(id).orElseThrow();
    }

    private static void assertBehalf(Session s, PersonId person, PartyId... parties) {
        Contribution c = only(s, person, ContributionRole.PANELIST);
        assertThat(c.onBehalfOf()).containsExactly(parties);
    }
}
