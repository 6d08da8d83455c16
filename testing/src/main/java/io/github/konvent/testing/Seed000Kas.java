package io.github.konvent.testing;

import static io.github.konvent.testing.Parts.affiliation;
import static io.github.konvent.testing.Parts.at;
import static io.github.konvent.testing.Parts.city;
import static io.github.konvent.testing.Parts.contribution;
import static io.github.konvent.testing.Parts.item;
import static io.github.konvent.testing.Parts.org;
import static io.github.konvent.testing.SeedCatalog.INTEGRATIVE_STADT;
import static io.github.konvent.testing.SeedCatalog.KAS;
import static io.github.konvent.testing.SeedCatalog.KAS_AUSLANDSBUEROS;
import static io.github.konvent.testing.SeedCatalog.KAS_KOMMUNALKONGRESS;
import static io.github.konvent.testing.SeedCatalog.KAS_KOMMUNALKONGRESS_2024;
import static io.github.konvent.testing.SeedCatalog.MARIA_WIMMER;
import static io.github.konvent.testing.SeedCatalog.SCORING_GIRL;
import static io.github.konvent.testing.SeedCatalog.UNIVERSITAET_KOBLENZ;

import io.github.konvent.Catalog;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Fee;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.EventId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

/** Seed 000: the Kommunalkongress series of the Konrad-Adenauer-Stiftung and its 2024 edition. */
final class Seed000Kas {
    static final VenueId LEIPZIG = VenueId.of("kas-kommunalkongress-2024-leipzig");
    static final URI REGISTRATION = URI.create(
            "https://www.kas.de/de/web/politische-bildung/veranstaltungen/detail/-/content/kommunalkongress-2024-1");
    /** Looked up: the date the edition was planned for (docs/SEEDS.md). */
    static final LocalDate DATE = LocalDate.of(2024, 7, 19);

    private Seed000Kas() {}

    static void addTo(Catalog.Builder b) {
        b.addOrganizations(
                org(KAS, "Konrad-Adenauer-Stiftung", OrganizationKind.FOUNDATION).shortName("KAS").build(),
                org(KAS_AUSLANDSBUEROS, "Auslandsbüros der Konrad-Adenauer-Stiftung", OrganizationKind.OTHER)
                        .parent(KAS)
                        .build(),
                org(UNIVERSITAET_KOBLENZ, "Universität Koblenz", OrganizationKind.UNIVERSITY).build());

        b.addPeople(Person.builder()
                .id(MARIA_WIMMER)
                .honorific("Prof. Dr.")
                .givenName("Maria")
                .familyName("Wimmer")
                .addAffiliations(affiliation(UNIVERSITAET_KOBLENZ, DATE))
                .build());

        b.addSeries(EventSeries.builder()
                .id(KAS_KOMMUNALKONGRESS)
                .name("Kommunalkongress")
                .description("Bundesweiter Kommunalkongress der Konrad-Adenauer-Stiftung. Praxisorientierte "
                        + "Exkursionen ergänzen das Programm. Internationale Impulse aus den Auslandsbüros der "
                        + "Stiftung bereichern den Kongress zusätzlich. Ein Highlight ist die Verleihung der "
                        + "Auszeichnung „Integrative Stadt“.")
                .cadence(Cadence.annual())
                .firstYear(2014)
                .addInvolvements(Involvement.of(KAS, InvolvementRole.ORGANISER))
                .typicalDays(2)
                .typicalAttendanceMode(AttendanceMode.IN_PERSON)
                .addPossibleAttendanceModes(AttendanceMode.IN_PERSON, AttendanceMode.ONLINE, AttendanceMode.HYBRID)
                .changingThemeAndPlace(true)
                .addTopics("Energie", "Barrierefreiheit", "Smart City", "Klimaresilienz")
                .addTargetAudiences(
                        "Entscheidungsträger und Experten aus der Kommunalpolitik und -verwaltung",
                        "Vertreter von Vereinen und lokalen Initiativen")
                .addAims(
                        "die lokale Demokratie stärken",
                        "kommunalpolitisches Engagement fördern",
                        "zur aktiven Beteiligung an lokalpolitischen und gemeinwohlorientierten Aktivitäten motivieren",
                        "erfolgreiche Projekte kennenlernen",
                        "zu einem Engagement in der lokalen Politik oder Gemeinschaft anregen")
                .build());

        b.addAwards(Award.builder()
                .id(INTEGRATIVE_STADT)
                .name("Integrative Stadt")
                .description("Ehrt Städte oder Gemeinden für ihr Engagement für Zusammenhalt und gegen Extremismus.")
                .series(KAS_KOMMUNALKONGRESS)
                .awardedBy(KAS)
                .addEligibleKinds(OrganizationKind.MUNICIPALITY)
                .build());

        b.addProjects(Project.builder()
                .id(SCORING_GIRL)
                .title("Scoring Girl")
                .kind(ProjectKind.OTHER)
                .addTopics("Integration durch Sport")
                .build());

        b.addVenues(Venue.builder().id(LEIPZIG).name("Leipzig").address(city("Leipzig")).build());

        EventId e = KAS_KOMMUNALKONGRESS_2024;
        b.addEvents(Event.builder()
                .id(e)
                .title("Kommunalkongress 2024")
                .theme("Integration in deutschen Kommunen")
                .type(EventType.CONGRESS)
                .status(EventStatus.PROGRAMME_PUBLISHED)
                .series(KAS_KOMMUNALKONGRESS)
                .startDate(DATE)
                .attendanceMode(AttendanceMode.IN_PERSON)
                .venue(LEIPZIG)
                .addInvolvements(Involvement.of(KAS, InvolvementRole.ORGANISER))
                .website(REGISTRATION)
                .registration(Registration.builder()
                        .url(REGISTRATION)
                        .fee(Fee.builder()
                                .amount(new BigDecimal("30"))
                                .note("Teilnehmerbeitrag inklusive ganztägiger Verpflegung")
                                .build())
                        .state(RegistrationState.UNKNOWN)
                        .build())
                .addProgramme(
                        item(e, 1, SessionFormat.ARRIVAL, "Eintreffen der Teilnehmerinnen und Teilnehmer")
                                .formatLabel("Eintreffen")
                                .end(at(9, 45))
                                .build(),
                        item(e, 2, SessionFormat.WELCOME, "Begrüßung und Einführung")
                                .formatLabel("Begrüßung und Einführung")
                                .start(at(10, 0))
                                .build(),
                        item(e, 3, SessionFormat.KEYNOTE, "Digitalisierung und Co-Creation Ansätze: Perspektiven einer "
                                        + "gelingenden Integration mithilfe innovativer Technologien")
                                .formatLabel("Auftaktimpuls")
                                .description("Sie gibt einen Übersicht, wie Integrationsprozesse von Kommunen mithilfe "
                                        + "innovativer Technologien begleitet werden können.")
                                .start(at(10, 15))
                                .addContributions(contribution(MARIA_WIMMER, ContributionRole.SPEAKER, UNIVERSITAET_KOBLENZ))
                                .build(),
                        item(e, 4, SessionFormat.VIDEO_EXCURSION, "Integration durch Sport: Projekt Scoring Girl")
                                .formatLabel("Videoexkursion mit Diskussion")
                                .start(at(11, 0))
                                .addPresenters(SCORING_GIRL)
                                .build(),
                        item(e, 5, SessionFormat.IMPULSE, "Das neue sächsischen Integrationsgesetz")
                                .formatLabel("Impuls")
                                .start(at(11, 45))
                                .build(),
                        item(e, 6, SessionFormat.LUNCH_BREAK, "Mittagspause")
                                .formatLabel("Mittagspause")
                                .start(at(13, 0))
                                .build(),
                        item(e, 7, SessionFormat.VIDEO_EXCURSION, "Mein Leben in Deutschland. Als Migrantin in die Politik")
                                .formatLabel("Videoexkursion")
                                .start(at(14, 0))
                                .build(),
                        item(e, 8, SessionFormat.OTHER, "Migration und Integration in Polen")
                                .formatLabel("Virtueller Blick über den Tellerrand")
                                .start(at(14, 30))
                                .build(),
                        item(e, 9, SessionFormat.IMPULSE, "Kommunen am Limit? Herausforderung Integration")
                                .formatLabel("Impuls")
                                .start(at(15, 0))
                                .build(),
                        item(e, 10, SessionFormat.COFFEE_BREAK, "Kaffeepause")
                                .formatLabel("Kaffeepause")
                                .start(at(15, 30))
                                .build(),
                        item(e, 11, SessionFormat.PANEL, "Migration und Integration als europäische und gesamtstaatliche Aufgabe")
                                .formatLabel("Panel")
                                .start(at(15, 45))
                                .build(),
                        item(e, 12, SessionFormat.CLOSING, "Schlusswort")
                                .formatLabel("Schlusswort")
                                .start(at(17, 0))
                                .build())
                .build());
    }
}
