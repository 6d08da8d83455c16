package io.github.konvent.testing;

import static io.github.konvent.testing.Parts.affiliation;
import static io.github.konvent.testing.Parts.at;
import static io.github.konvent.testing.Parts.contribution;
import static io.github.konvent.testing.Parts.item;
import static io.github.konvent.testing.Parts.org;
import static io.github.konvent.testing.Parts.sessionId;
import static io.github.konvent.testing.SeedCatalog.ANDI_GRABNER;
import static io.github.konvent.testing.SeedCatalog.ANITA_BURKHARDT;
import static io.github.konvent.testing.SeedCatalog.BIRGIT_BOEHM;
import static io.github.konvent.testing.SeedCatalog.DIFU;
import static io.github.konvent.testing.SeedCatalog.EVA_NEMELA;
import static io.github.konvent.testing.SeedCatalog.JAN_ABT;
import static io.github.konvent.testing.SeedCatalog.KODA_EG;
import static io.github.konvent.testing.SeedCatalog.KOERBER_STIFTUNG;
import static io.github.konvent.testing.SeedCatalog.KOMKOMIN;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020;
import static io.github.konvent.testing.SeedCatalog.LAZIKN2030;
import static io.github.konvent.testing.SeedCatalog.MENSCH_UND_REGION;
import static io.github.konvent.testing.SeedCatalog.NEUWEILER_VEREIN;
import static io.github.konvent.testing.SeedCatalog.SANDERSDORF_BREHNA;
import static io.github.konvent.testing.SeedCatalog.STEPHANIE_BOCK;
import static io.github.konvent.testing.SeedCatalog.THOMAS_KLIE;
import static io.github.konvent.testing.SeedCatalog.ZZE;

import io.github.konvent.Catalog;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.funding.Project;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;

/**
 * Seed 002: the online event of "Kommunen innovativ" on 24 November 2020 with results of KoDa_eG
 * and LAZIKN2030, an outside view and a discussion round.
 */
final class Seed002Online {
    static final LocalDate DATE = LocalDate.of(2020, 11, 24);

    private Seed002Online() {}

    static void addTo(Catalog.Builder b) {
        b.addOrganizations(
                org(ZZE, "Zentrum für zivilgesellschaftliche Entwicklung", OrganizationKind.RESEARCH_INSTITUTE)
                        .shortName("zze")
                        .build(),
                org(MENSCH_UND_REGION, "mensch und region", OrganizationKind.COMPANY).build(),
                // The text spells it "Körper-Stiftung" (docs/SEEDS.md).
                org(KOERBER_STIFTUNG, "Körber-Stiftung", OrganizationKind.FOUNDATION).build(),
                org(NEUWEILER_VEREIN, "Miteinander und Füreinander in der Gemeinde Neuweiler e.V.",
                                OrganizationKind.ASSOCIATION)
                        .build(),
                // The text spells it "Sandesdorf-Brehna" (docs/SEEDS.md).
                org(SANDERSDORF_BREHNA, "Gemeinde Sandersdorf-Brehna", OrganizationKind.MUNICIPALITY).build());

        b.addPeople(
                Person.builder()
                        .id(STEPHANIE_BOCK)
                        .honorific("Dr.")
                        .givenName("Stephanie")
                        .familyName("Bock")
                        .addAffiliations(affiliation(DIFU, DATE))
                        .build(),
                Person.builder()
                        .id(JAN_ABT)
                        .givenName("Jan")
                        .familyName("Abt")
                        .addAffiliations(affiliation(DIFU, DATE))
                        .build(),
                Person.builder()
                        .id(THOMAS_KLIE)
                        .honorific("Prof. Dr.")
                        .givenName("Thomas")
                        .familyName("Klie")
                        .addAffiliations(affiliation(ZZE, DATE))
                        .build(),
                Person.builder()
                        .id(BIRGIT_BOEHM)
                        .givenName("Birgit")
                        .familyName("Böhm")
                        .addAffiliations(affiliation(MENSCH_UND_REGION, DATE))
                        .build(),
                Person.builder()
                        .id(EVA_NEMELA)
                        .givenName("Eva")
                        .familyName("Nemela")
                        .addAffiliations(affiliation(KOERBER_STIFTUNG, DATE))
                        .build(),
                Person.builder()
                        .id(ANITA_BURKHARDT)
                        .givenName("Anita")
                        .familyName("Burkhardt")
                        .addAffiliations(affiliation(NEUWEILER_VEREIN, DATE))
                        .build(),
                Person.builder()
                        .id(ANDI_GRABNER)
                        .givenName("Andi")
                        .familyName("Grabner")
                        .addAffiliations(affiliation(SANDERSDORF_BREHNA, "Bürgermeister", DATE))
                        .build());

        b.addProjects(
                Project.builder()
                        .id(KODA_EG)
                        .acronym("KoDa_eG")
                        .title("KoDa_eG")
                        .programme(KOMMUNEN_INNOVATIV)
                        .addTopics("Allianzen mit der engagierten Bürgerschaft", "Genossenschaften als Kooperationsformat")
                        .build(),
                Project.builder()
                        .id(LAZIKN2030)
                        .acronym("LAZIKN2030")
                        .title("LAZIKN2030")
                        .programme(KOMMUNEN_INNOVATIV)
                        .addTopics("Allianzen mit Jugendlichen")
                        .build());

        EventId e = KOMMUNEN_INNOVATIV_ONLINE_2020;
        SessionId results = sessionId(e, 3);
        b.addEvents(Event.builder()
                .id(e)
                .title("Den Handlungsspielraum der Kommunen mit neuen Partnern erweitern")
                .description("Kommunen können die Folgen des demografischen Wandels oft nicht mehr alleine bewältigen "
                        + "und gehen neue Bündnisse und Kooperationen mit Akteuren vor Ort ein. „Kommunen innovativ“ "
                        + "zeigt neue Formate der Ansprache und Mitwirkung unterschiedlicher Bevölkerungsgruppen und "
                        + "macht Mut für innovative Formen der Zusammenarbeit mit der lokalen Wirtschaft, der "
                        + "Zivilgesellschaft und den Menschen vor Ort.")
                .type(EventType.ONLINE_EVENT)
                .status(EventStatus.PROGRAMME_PUBLISHED)
                .startDate(DATE)
                .attendanceMode(AttendanceMode.ONLINE)
                .online(OnlineLocation.builder().build())
                .fundingProgramme(KOMMUNEN_INNOVATIV)
                .addInvolvements(Involvement.of(KOMKOMIN, InvolvementRole.ORGANISER))
                // "Moderation: Dr. Stephanie Bock, Deutsches Institut für Urbanistik", below the programme
                .addContributions(contribution(STEPHANIE_BOCK, ContributionRole.MODERATOR, DIFU))
                .addTopics("Allianzen mit unterschiedlichen Akteuren")
                .addProgramme(
                        item(e, 1, SessionFormat.TECHNICAL_INTRO, "Technische Einführung")
                                .formatLabel("Technische Einführung")
                                .start(at(9, 50))
                                .optional(true)
                                .addPresenters(KOMKOMIN)
                                .build(),
                        item(e, 2, SessionFormat.WELCOME, "Begrüßung und inhaltliche Einführung")
                                .formatLabel("Begrüßung und inhaltliche Einführung")
                                .start(at(10, 0))
                                .addContributions(
                                        contribution(STEPHANIE_BOCK, ContributionRole.HOST, DIFU, KOMKOMIN),
                                        contribution(JAN_ABT, ContributionRole.HOST, DIFU, KOMKOMIN))
                                .build(),
                        item(e, 3, SessionFormat.PROJECT_PRESENTATION,
                                        "Allianzen mit unterschiedlichen Akteuren: Ergebnisse aus „Kommunen innovativ“")
                                .start(at(10, 20))
                                .addPresenters(KODA_EG, LAZIKN2030)
                                .build(),
                        item(e, 4, SessionFormat.PROJECT_PRESENTATION,
                                        "Allianzen mit der engagierten Bürgerschaft: Genossenschaften als "
                                                + "zukunftsweisendes Kooperationsformat")
                                .parent(results)
                                .addPresenters(KODA_EG)
                                .addContributions(contribution(THOMAS_KLIE, ContributionRole.SPEAKER, ZZE, KODA_EG))
                                .build(),
                        item(e, 5, SessionFormat.PROJECT_PRESENTATION,
                                        "Allianzen mit Jugendlichen: Bewährte und neue Formate der Kooperation")
                                .parent(results)
                                .addPresenters(LAZIKN2030)
                                .addContributions(contribution(BIRGIT_BOEHM, ContributionRole.SPEAKER, MENSCH_UND_REGION,
                                        LAZIKN2030))
                                .build(),
                        item(e, 6, SessionFormat.IMPULSE, "Blick von außen")
                                .start(at(11, 30))
                                .addContributions(contribution(EVA_NEMELA, ContributionRole.SPEAKER, KOERBER_STIFTUNG))
                                .build(),
                        item(e, 7, SessionFormat.DISCUSSION_ROUND, "Wie können wir Allianzen bilden? Vielfältige Perspektiven")
                                .formatLabel("Diskussionsrunde")
                                .start(at(11, 40))
                                .addContributions(
                                        contribution(BIRGIT_BOEHM, ContributionRole.PANELIST, MENSCH_UND_REGION, LAZIKN2030),
                                        contribution(ANITA_BURKHARDT, ContributionRole.PANELIST, NEUWEILER_VEREIN, KODA_EG),
                                        contribution(ANDI_GRABNER, ContributionRole.PANELIST, SANDERSDORF_BREHNA, LAZIKN2030)
                                                .withFunction("Bürgermeister"),
                                        contribution(THOMAS_KLIE, ContributionRole.PANELIST, ZZE, KODA_EG),
                                        contribution(EVA_NEMELA, ContributionRole.PANELIST, KOERBER_STIFTUNG))
                                .build(),
                        item(e, 8, SessionFormat.CLOSING, "Ende der Onlineveranstaltung")
                                .start(at(12, 30))
                                .build())
                .build());
    }
}
