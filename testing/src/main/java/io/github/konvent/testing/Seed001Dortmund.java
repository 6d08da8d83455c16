package io.github.konvent.testing;

import static io.github.konvent.testing.Parts.affiliation;
import static io.github.konvent.testing.Parts.contribution;
import static io.github.konvent.testing.Parts.item;
import static io.github.konvent.testing.Parts.org;
import static io.github.konvent.testing.SeedCatalog.BMBF;
import static io.github.konvent.testing.SeedCatalog.DIETRICH_KEUNING_HAUS;
import static io.github.konvent.testing.SeedCatalog.GESINE_SCHWAN;
import static io.github.konvent.testing.SeedCatalog.IAT;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2017;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018;
import static io.github.konvent.testing.SeedCatalog.KOSI_LAB;
import static io.github.konvent.testing.SeedCatalog.KOSI_LAB_DORTMUND;
import static io.github.konvent.testing.SeedCatalog.KUDEQUA;
import static io.github.konvent.testing.SeedCatalog.NORDWAERTS;
import static io.github.konvent.testing.SeedCatalog.NRW_BANK;
import static io.github.konvent.testing.SeedCatalog.STADT_DORTMUND;
import static io.github.konvent.testing.SeedCatalog.ULLRICH_SIERAU;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Link;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.Project;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;

/**
 * Seed 001: the second Fachkonferenz of "Kommunen innovativ" in Dortmund (2018), the first one in
 * Hamburg (2017, looked up), and the two Dortmund projects KoSI-Lab and KuDeQua.
 */
final class Seed001Dortmund {
    static final LocalDate DATE = LocalDate.of(2018, 9, 18);
    static final VenueId BUERGERHAUS_WILHELMSBURG = VenueId.of("buergerhaus-wilhelmsburg");
    static final BlockId WORKSHOPS = BlockId.of("workshops");

    private Seed001Dortmund() {}

    static void addTo(Catalog.Builder b) {
        b.addOrganizations(
                // Dortmund's AGS: 05 (NRW) 9 (Arnsberg) 13 (kreisfreie Stadt Dortmund).
                org(STADT_DORTMUND, "Stadt Dortmund", OrganizationKind.MUNICIPALITY).ags("05913000").build(),
                org(NORDWAERTS, "Koordinierungsstelle „nordwärts“", OrganizationKind.ADMINISTRATIVE_UNIT)
                        .shortName("nordwärts")
                        .parent(STADT_DORTMUND)
                        .build(),
                org(IAT, "Institut Arbeit und Technik", OrganizationKind.RESEARCH_INSTITUTE).build(),
                org(NRW_BANK, "NRW.BANK", OrganizationKind.BANK).build());

        b.addPeople(
                Person.builder()
                        .id(GESINE_SCHWAN)
                        .salutation("Frau")
                        .honorific("Prof. Dr.")
                        .givenName("Gesine")
                        .familyName("Schwan")
                        .build(),
                Person.builder()
                        .id(ULLRICH_SIERAU)
                        .givenName("Ullrich")
                        .familyName("Sierau")
                        .addAffiliations(affiliation(STADT_DORTMUND, "Oberbürgermeister", DATE))
                        .build());

        b.addProjects(
                Project.builder()
                        .id(KOSI_LAB)
                        .acronym("KoSI-Lab")
                        .title("KoSI-Lab")
                        .description("Erprobt, welchen Beitrag kommunale Labore sozialer Innovation als neue "
                                + "Kooperationsmodelle zwischen Verwaltung und Zivilgesellschaft leisten können.")
                        .programme(KOMMUNEN_INNOVATIV)
                        .addMunicipalities(STADT_DORTMUND)
                        .build(),
                Project.builder()
                        .id(KUDEQUA)
                        .acronym("KuDeQua")
                        .title("KuDeQua")
                        .description("Entwickelt neue Finanzierungs- und Organisationsmodelle für gesellschaftlich "
                                + "notwendige Dienstleistungen.")
                        .programme(KOMMUNEN_INNOVATIV)
                        .addConsortium(
                                ConsortiumMember.builder()
                                        .organization(STADT_DORTMUND)
                                        .lead(true)
                                        .unit(NORDWAERTS)
                                        .role("Projektleitung")
                                        .build(),
                                ConsortiumMember.partner(IAT),
                                ConsortiumMember.partner(NRW_BANK))
                        .addPlaces("Eving", "Marten")
                        .addMunicipalities(STADT_DORTMUND)
                        .build());

        b.addLabs(CoCreationLab.builder()
                .id(KOSI_LAB_DORTMUND)
                .name("KoSI-Lab Dortmund")
                .purpose("Kommunales Labor sozialer Innovation: ein neues Kooperationsmodell zwischen Verwaltung "
                        + "und Zivilgesellschaft")
                .hostMunicipality(STADT_DORTMUND)
                .project(KOSI_LAB)
                .build());

        b.addSeries(EventSeries.builder()
                .id(KOMMUNEN_INNOVATIV_FACHKONFERENZ)
                .name("Fachkonferenz „Kommunen innovativ“")
                .description("Plattform der geförderten Projekte zum Austausch und zur Präsentation erster Ergebnisse.")
                .cadence(Cadence.annual())
                .firstYear(2017)
                .addInvolvements(Involvement.of(BMBF, InvolvementRole.ORGANISER))
                .addTargetAudiences("Mitarbeiter aus den 30 wissenschaftlichen Projekten der Fördermaßnahme")
                .addAims("Austausch der geförderten Projekte", "Präsentation erster Ergebnisse")
                .build());

        b.addVenues(
                Venue.builder()
                        .id(DIETRICH_KEUNING_HAUS)
                        .name("Dietrich-Keuning-Haus")
                        // Address looked up (docs/SEEDS.md).
                        .address(Address.builder()
                                .street("Leopoldstraße 50–58")
                                .postalCode("44147")
                                .locality("Dortmund")
                                .region("Nordrhein-Westfalen")
                                .build())
                        .build(),
                // Looked up (docs/SEEDS.md): the text only says "im letzten Jahr in Hamburg".
                Venue.builder()
                        .id(BUERGERHAUS_WILHELMSBURG)
                        .name("Bürgerhaus Wilhelmsburg")
                        .address(Address.builder().locality("Hamburg").district("Wilhelmsburg").build())
                        .build());

        b.addEvents(
                Event.builder()
                        .id(KOMMUNEN_INNOVATIV_FACHKONFERENZ_2017)
                        .title("Fachkonferenz „Kommunen innovativ“")
                        .type(EventType.CONFERENCE)
                        .series(KOMMUNEN_INNOVATIV_FACHKONFERENZ)
                        .editionNumber(1)
                        .startDate(LocalDate.of(2017, 9, 19))
                        .days(2)
                        .venue(BUERGERHAUS_WILHELMSBURG)
                        .fundingProgramme(KOMMUNEN_INNOVATIV)
                        .addInvolvements(Involvement.of(BMBF, InvolvementRole.ORGANISER))
                        .build(),
                conference2018());
    }

    private static Event conference2018() {
        EventId e = KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018;
        return Event.builder()
                .id(e)
                .title("Fachkonferenz „Kommunen innovativ“")
                .theme("Verstetigung der in den Projekten entwickelten Konzepte und Maßnahmen in den kommunalen Alltag")
                .description("Fachkonferenz der bundesweiten Fördermaßnahme „Kommunen innovativ“: Plattform zum "
                        + "Austausch und zur Präsentation erster Ergebnisse der geförderten Projekte, die sich in "
                        + "unterschiedlichen Facetten mit Kommunen und Regionen im demografischen Wandel befassen.")
                .type(EventType.CONFERENCE)
                .status(EventStatus.PROGRAMME_PUBLISHED)
                .series(KOMMUNEN_INNOVATIV_FACHKONFERENZ)
                .editionNumber(2)
                .startDate(DATE)
                .days(2)
                .venue(DIETRICH_KEUNING_HAUS)
                .fundingProgramme(KOMMUNEN_INNOVATIV)
                .addInvolvements(
                        Involvement.of(BMBF, InvolvementRole.ORGANISER),
                        Involvement.of(STADT_DORTMUND, InvolvementRole.HOST))
                .addTargetAudiences("Mitarbeiter aus 30 wissenschaftlichen Projekten aus ganz Deutschland")
                .addBlocks(ParallelBlock.builder().id(WORKSHOPS).label("Parallele Workshop-Formate").build())
                .addProgramme(
                        item(e, 1, SessionFormat.WORKSHOP, "Workshop-Formate")
                                .formatLabel("Workshop-Formate")
                                .description("Parallel stattfindende Workshop-Formate, in denen ausgewählte Themen von "
                                        + "jeweils zwei oder mehreren Projekten gleichzeitig diskutiert werden; der "
                                        + "zentrale Kern des inhaltlichen Programmes.")
                                .block(WORKSHOPS)
                                .build(),
                        item(e, 2, SessionFormat.KEYNOTE, "Zukunft vor Ort gestalten: Rolle und Bedeutung von "
                                        + "Zivilgesellschaft und Unternehmen in den Kommunen")
                                .formatLabel("Keynote")
                                .day(1)
                                .addContributions(contribution(GESINE_SCHWAN, ContributionRole.SPEAKER))
                                .build(),
                        item(e, 3, SessionFormat.DISCUSSION_ROUND, "innovative Kommunen")
                                .formatLabel("Talkrunde")
                                .description("Talkrunde mit Bürgermeisterinnen und Bürgermeistern")
                                .day(1)
                                .build(),
                        item(e, 4, SessionFormat.GREETING, "Grußwort")
                                .formatLabel("Grußwort")
                                .description("Eröffnet den zweiten Konferenztag.")
                                .day(2)
                                .addContributions(Parts.contribution(ULLRICH_SIERAU, ContributionRole.GREETING, STADT_DORTMUND)
                                        .withFunction("Oberbürgermeister"))
                                .build(),
                        item(e, 5, SessionFormat.TOUR, "Thematische Führungen durch Dortmund")
                                .formatLabel("Führungen")
                                .description("Rahmenprogramm: verschiedene thematische Führungen, Dortmund kennenzulernen.")
                                .sideProgramme(true)
                                .build())
                .addLinks(
                        Link.builder()
                                .label("Programm Fachkonferenz „Kommunen innovativ“")
                                .mediaType("application/pdf")
                                .sizeBytes(295_000L)
                                .build(),
                        Link.builder().label("Kommunen innovativ").build(),
                        Link.builder().label("KoSI-Lab").build(),
                        Link.builder().label("KuDeQua").build())
                .build();
    }
}
