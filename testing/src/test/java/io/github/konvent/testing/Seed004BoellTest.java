package io.github.konvent.testing;

import static io.github.konvent.testing.SeedAssertions.CATALOG;
import static io.github.konvent.testing.SeedAssertions.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventType;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class Seed004BoellTest {
    private final List<Event> dates = List.of(
            event(SeedCatalog.BOELL_2021_04_28), event(SeedCatalog.BOELL_2021_06_02), event(SeedCatalog.BOELL_2021_10_06));

    @Test
    void seriesIsThreeExplicitDatesOfTheFoundationWithTwoCooperationPartners() {
        EventSeries s = CATALOG.series(SeedCatalog.BOELL_ZIVILGESELLSCHAFT_AMT).orElseThrow();
        assertThat(s.name()).isEqualTo("Zivilgesellschaft & Amt: Gemeinsam stark vor Ort");
        assertThat(s.cadence().kind()).isEqualTo(CadenceKind.EXPLICIT_DATES);
        assertThat(s.cadence().dates()).containsExactly(
                LocalDate.of(2021, 4, 28), LocalDate.of(2021, 6, 2), LocalDate.of(2021, 10, 6));
        assertThat(s.cadence().intervalYears()).isEmpty();
        assertThat(s.involvements()).filteredOn(i -> i.role() == InvolvementRole.ORGANISER)
                .extracting(i -> i.party()).containsExactly(SeedCatalog.BOELL);
        assertThat(s.involvements()).filteredOn(i -> i.role() == InvolvementRole.COOPERATION_PARTNER)
                .extracting(i -> i.party()).containsExactly(SeedCatalog.DIFU, SeedCatalog.THUENEN_REGIONALENTWICKLUNG);
        assertThat(s.guidingQuestions()).containsExactly(
                "Wie stärkt sich demokratische Kultur vor Ort?",
                "Wie gelingt Netzwerken?",
                "Welche Rahmenbedingungen braucht gute Kooperation zwischen Kommune und Engagement?");
        assertThat(CATALOG.editions(s.id())).extracting(Event::id).containsExactly(
                SeedCatalog.BOELL_2021_04_28, SeedCatalog.BOELL_2021_06_02, SeedCatalog.BOELL_2021_10_06);
    }

    @Test
    void eachDateIsAnOnlineSeminarFrom14To17WhoseDatesMatchTheCadence() {
        EventSeries s = CATALOG.series(SeedCatalog.BOELL_ZIVILGESELLSCHAFT_AMT).orElseThrow();
        assertThat(dates).extracting(e -> e.startDate().orElseThrow()).containsExactlyElementsOf(s.cadence().dates());
        assertThat(dates).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.SEMINAR);
            assertThat(e.days()).isEqualTo(1);
            assertThat(e.dailyStart()).contains(LocalTime.of(14, 0));
            assertThat(e.dailyEnd()).contains(LocalTime.of(17, 0));
            assertThat(e.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
            assertThat(e.venue()).isEmpty();
            assertThat(e.programme()).isEmpty();
            assertThat(e.fundingProgramme()).contains(SeedCatalog.KOMMUNEN_INNOVATIV);
            assertThat(e.parties(InvolvementRole.COOPERATION_PARTNER)).hasSize(2);
        });
    }

    @Test
    void eachDateHasItsThemeAndGuidingQuestions() {
        assertThat(dates).extracting(e -> e.theme().orElseThrow()).containsExactly(
                "Füreinander einstehen - Zivilgesellschaft sichtbar machen",
                "Netzwerken - Kooperative Orte schaffen",
                "Rahmenbedingungen, die wir brauchen");
        assertThat(dates).extracting(e -> e.guidingQuestions().size()).containsExactly(5, 2, 6);
        assertThat(dates.get(0).guidingQuestions()).first().isEqualTo("Wie geht es uns?");
        assertThat(dates.get(1).guidingQuestions()).first()
                .isEqualTo("Wie funktionieren Netzwerke zwischen Akteuren demokratischer Kultur vor Ort?");
        assertThat(dates.get(2).guidingQuestions()).last()
                .isEqualTo("Politische Bildung auf dem Land: Wie geht´s & was braucht´s?");
        assertThat(dates.get(2).topics()).contains("Kommunen als Kümmerer befähigen");
    }

    @Test
    void registrationIsNotYetOpenWithTheNoteWhereItWillBeAnnounced() {
        assertThat(dates).allSatisfy(e -> {
            Registration r = e.registration().orElseThrow();
            assertThat(r.state()).isEqualTo(RegistrationState.NOT_YET_OPEN);
            assertThat(r.url()).isEmpty();
            assertThat(r.note().orElseThrow()).contains("\"Kommunen innovativ\"-Webseite");
        });
    }

    @Test
    void contactIsDrAnneUlrichWhoseEmailIsNotPublic() {
        assertThat(dates).allSatisfy(e -> assertThat(e.contact()).contains(SeedCatalog.ANNE_ULRICH));
        Person ulrich = CATALOG.person(SeedCatalog.ANNE_ULRICH).orElseThrow();
        assertThat(ulrich.displayName()).isEqualTo("Dr. Anne Ulrich");
        assertThat(ulrich.affiliations()).extracting(a -> a.organization()).containsExactly(SeedCatalog.BOELL);
        assertThat(ulrich.contacts()).singleElement().satisfies(c -> {
            assertThat(c.email()).contains("ulrich@boell.de");
            assertThat(c.isPublic()).isFalse();
        });
        assertThat(ulrich.publicContacts()).isEmpty();
    }

    @Test
    void noPersonalContactDataInTheCatalogIsPublic() {
        assertThat(CATALOG.people()).flatExtracting(Person::contacts).extracting(ContactPoint::isPublic).containsOnly(false);
    }
}
