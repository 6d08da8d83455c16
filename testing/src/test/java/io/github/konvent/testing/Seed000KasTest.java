package io.github.konvent.testing;

import static io.github.konvent.testing.SeedAssertions.CATALOG;
import static io.github.konvent.testing.SeedAssertions.event;
import static io.github.konvent.testing.SeedAssertions.only;
import static io.github.konvent.testing.SeedAssertions.session;
import static io.github.konvent.testing.SeedAssertions.starts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Award;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class Seed000KasTest {
    private final Event kk = event(SeedCatalog.KAS_KOMMUNALKONGRESS_2024);

    @Test
    void seriesIsAnnualSince2014UsuallyTwoDaysInPersonDigitalOrHybridPossible() {
        EventSeries s = CATALOG.series(SeedCatalog.KAS_KOMMUNALKONGRESS).orElseThrow();
        assertThat(s.cadence().kind()).isEqualTo(CadenceKind.ANNUAL);
        assertThat(s.cadence().intervalYears()).contains(1);
        assertThat(s.firstYear()).contains(2014);
        assertThat(s.typicalDays()).contains(2);
        assertThat(s.typicalAttendanceMode()).contains(AttendanceMode.IN_PERSON);
        assertThat(s.possibleAttendanceModes()).containsExactlyInAnyOrder(AttendanceMode.values());
        assertThat(s.changingThemeAndPlace()).isTrue();
        assertThat(s.topics()).containsExactly("Energie", "Barrierefreiheit", "Smart City", "Klimaresilienz");
        assertThat(s.targetAudiences()).hasSize(2).anyMatch(t -> t.contains("Vereinen und lokalen Initiativen"));
        assertThat(s.aims()).anyMatch(a -> a.contains("lokale Demokratie"));
        assertThat(s.involvements()).singleElement()
                .satisfies(i -> assertThat(i.party()).isEqualTo(SeedCatalog.KAS))
                .satisfies(i -> assertThat(i.role()).isEqualTo(InvolvementRole.ORGANISER));
        assertThat(CATALOG.editions(s.id())).extracting(Event::id).containsExactly(kk.id());
    }

    @Test
    void awardIntegrativeStadtHonoursMunicipalitiesAndHasNoKnownLaureates() {
        Award a = CATALOG.award(SeedCatalog.INTEGRATIVE_STADT).orElseThrow();
        assertThat(a.name()).isEqualTo("Integrative Stadt");
        assertThat(a.series()).contains(SeedCatalog.KAS_KOMMUNALKONGRESS);
        assertThat(a.awardedBy()).contains(SeedCatalog.KAS);
        assertThat(a.eligibleKinds()).containsExactly(OrganizationKind.MUNICIPALITY);
        assertThat(a.description().orElseThrow()).contains("Zusammenhalt", "Extremismus");
        assertThat(a.laureates()).isEmpty();
    }

    @Test
    void foreignOfficesArePartOfTheFoundation() {
        assertThat(CATALOG.organization(SeedCatalog.KAS_AUSLANDSBUEROS).orElseThrow().parent())
                .contains(SeedCatalog.KAS);
        assertThat(CATALOG.organization(SeedCatalog.KAS).orElseThrow().kind()).isEqualTo(OrganizationKind.FOUNDATION);
    }

    @Test
    void editionIsThe2024CongressInLeipzigWithRegistrationLink() {
        assertThat(kk.series()).contains(SeedCatalog.KAS_KOMMUNALKONGRESS);
        assertThat(kk.year()).contains(2024);
        assertThat(kk.startDate()).contains(LocalDate.of(2024, 7, 19));
        assertThat(kk.days()).isEqualTo(1);
        assertThat(kk.attendanceMode()).isEqualTo(AttendanceMode.IN_PERSON);
        assertThat(CATALOG.venue(kk.venue().orElseThrow()).orElseThrow().address().orElseThrow().locality())
                .contains("Leipzig");
        assertThat(kk.registration().orElseThrow().url()).contains(URI.create(
                "https://www.kas.de/de/web/politische-bildung/veranstaltungen/detail/-/content/kommunalkongress-2024-1"));
        assertThat(kk.registration().orElseThrow().state()).isEqualTo(RegistrationState.UNKNOWN);
        assertThat(kk.registration().orElseThrow().fee().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(kk.parties(InvolvementRole.ORGANISER)).containsExactly(SeedCatalog.KAS);
    }

    @Test
    void programmeHasTwelveItemsWithTheStartTimesGiven() {
        assertThat(kk.programme()).hasSize(12);
        assertThat(starts(kk)).containsExactly(
                "-", "10:00", "10:15", "11:00", "11:45", "13:00", "14:00", "14:30", "15:00", "15:30", "15:45", "17:00");
        assertThat(kk.programme()).extracting(Session::format).containsExactly(
                SessionFormat.ARRIVAL, SessionFormat.WELCOME, SessionFormat.KEYNOTE, SessionFormat.VIDEO_EXCURSION,
                SessionFormat.IMPULSE, SessionFormat.LUNCH_BREAK, SessionFormat.VIDEO_EXCURSION, SessionFormat.OTHER,
                SessionFormat.IMPULSE, SessionFormat.COFFEE_BREAK, SessionFormat.PANEL, SessionFormat.CLOSING);
        assertThat(kk.programme()).extracting(s -> s.formatLabel().orElse("")).containsExactly(
                "Eintreffen", "Begrüßung und Einführung", "Auftaktimpuls", "Videoexkursion mit Diskussion", "Impuls",
                "Mittagspause", "Videoexkursion", "Virtueller Blick über den Tellerrand", "Impuls", "Kaffeepause",
                "Panel", "Schlusswort");
        assertThat(kk.programme()).allSatisfy(s -> assertThat(s.day()).isEqualTo(1));
    }

    @Test
    void arrivalHasAGivenEndAndNoStartAndNoOtherItemHasAnEnd() {
        Session arrival = session(kk, 1);
        assertThat(arrival.start()).isEmpty();
        assertThat(arrival.end()).contains(LocalTime.of(9, 45));
        assertThat(arrival.endDerived()).isFalse();
        assertThat(kk.programme().subList(1, 12)).allSatisfy(s -> assertThat(s.end()).isEmpty());
    }

    @Test
    void keynoteIsGivenByProfessorWimmerOfUniversitaetKoblenz() {
        Session keynote = session(kk, 3);
        assertThat(keynote.title()).isEqualTo(
                "Digitalisierung und Co-Creation Ansätze: Perspektiven einer gelingenden Integration mithilfe innovativer Technologien");
        Contribution c = only(keynote, SeedCatalog.MARIA_WIMMER, ContributionRole.SPEAKER);
        assertThat(c.onBehalfOf()).containsExactly(SeedCatalog.UNIVERSITAET_KOBLENZ);
        Person wimmer = CATALOG.person(SeedCatalog.MARIA_WIMMER).orElseThrow();
        assertThat(wimmer.displayName()).isEqualTo("Prof. Dr. Maria Wimmer");
        assertThat(wimmer.organizationsOn(kk.startDate().orElseThrow())).containsExactly(SeedCatalog.UNIVERSITAET_KOBLENZ);
        assertThat(CATALOG.organization(SeedCatalog.UNIVERSITAET_KOBLENZ).orElseThrow().kind())
                .isEqualTo(OrganizationKind.UNIVERSITY);
        assertThat(keynote.contributions()).hasSize(1);
    }

    @Test
    void titlesAreTakenAsGiven() {
        assertThat(session(kk, 4).title()).isEqualTo("Integration durch Sport: Projekt Scoring Girl");
        assertThat(session(kk, 4).presenters()).containsExactly(SeedCatalog.SCORING_GIRL);
        assertThat(session(kk, 5).title()).isEqualTo("Das neue sächsischen Integrationsgesetz");
        assertThat(session(kk, 7).title()).isEqualTo("Mein Leben in Deutschland. Als Migrantin in die Politik");
        assertThat(session(kk, 8).title()).isEqualTo("Migration und Integration in Polen");
        assertThat(session(kk, 9).title()).isEqualTo("Kommunen am Limit? Herausforderung Integration");
        assertThat(session(kk, 11).title()).isEqualTo("Migration und Integration als europäische und gesamtstaatliche Aufgabe");
    }
}
