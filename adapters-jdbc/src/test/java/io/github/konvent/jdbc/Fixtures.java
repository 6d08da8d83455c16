package io.github.konvent.jdbc;

import io.github.konvent.Catalog;
import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Fee;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Hand-built catalogs for the store tests: one that sets every field of every type. */
final class Fixtures {
    static final OrganizationId CITY = OrganizationId.of("stadt-dortmund");
    static final OrganizationId OFFICE = OrganizationId.of("dortmund-koordinierungsstelle");
    static final OrganizationId INSTITUTE = OrganizationId.of("difu");
    static final PersonId SPEAKER = PersonId.of("p-mueller");
    static final PersonId MODERATOR = PersonId.of("p-schmidt");
    static final ProjectId PROJECT = ProjectId.of("kosi-lab");
    static final ProjectId RESEARCH = ProjectId.of("begleitvorhaben");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("kommunen-innovativ");
    static final SeriesId SERIES = SeriesId.of("fachkonferenz");
    static final VenueId VENUE = VenueId.of("dasa");
    static final EventId EVENT = EventId.of("fachkonferenz-2018");
    static final EventId ONLINE = EventId.of("online-2020");

    private Fixtures() {}

    static Catalog full() {
        Organization city = Organization.builder()
                .id(CITY)
                .name("Stadt Dortmund")
                .shortName("Dortmund")
                .kind(OrganizationKind.MUNICIPALITY)
                .ags("05913000")
                .address(Address.builder().street("Friedensplatz 1").postalCode("44135").locality("Dortmund")
                        .district("Innenstadt").region("NRW").country("DE").build())
                .website(URI.create("https://www.dortmund.de/"))
                .addContacts(ContactPoint.builder().email("info@dortmund.de").phone("+49 231 0").isPublic(true).build(),
                        ContactPoint.builder().url(URI.create("https://example.org/kontakt")).build())
                .revision(3)
                .build();
        Organization office = Organization.builder()
                .id(OFFICE).name("Koordinierungsstelle").kind(OrganizationKind.ADMINISTRATIVE_UNIT).parent(CITY).build();
        Organization institute = Organization.builder()
                .id(INSTITUTE).name("Deutsches Institut für Urbanistik").kind(OrganizationKind.RESEARCH_INSTITUTE)
                .address(Address.builder().build()).build();
        Person speaker = Person.builder()
                .id(SPEAKER).salutation("Frau").honorific("Prof. Dr.").givenName("Anna").familyName("Müller")
                .addAffiliations(Affiliation.builder().organization(INSTITUTE).position("Leiterin")
                        .validFrom(LocalDate.of(2015, 1, 1)).validUntil(LocalDate.of(2020, 12, 31))
                        .asOf(LocalDate.of(2018, 9, 18)).build(),
                        Affiliation.builder().organization(CITY).build())
                .addContacts(ContactPoint.builder().email("anna@example.org").build())
                .addAvailability(Availability.of(LocalDateTime.of(2018, 9, 18, 8, 0), LocalDateTime.of(2018, 9, 20, 0, 0)),
                        Availability.of(LocalDateTime.of(2018, 9, 1, 9, 0), LocalDateTime.of(2018, 9, 1, 12, 30)))
                .build();
        Person moderator = Person.builder().id(MODERATOR).familyName("Schmidt").build();
        EventSeries series = EventSeries.builder()
                .id(SERIES).name("Fachkonferenz Kommunen innovativ").motto("Gemeinsam").description("jährlich")
                .cadence(Cadence.explicit(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 9, 18)))
                .firstYear(2017)
                .addInvolvements(Involvement.of(INSTITUTE, InvolvementRole.ORGANISER),
                        Involvement.of(PROJECT, InvolvementRole.COOPERATION_PARTNER))
                .typicalDays(2)
                .typicalAttendanceMode(AttendanceMode.IN_PERSON)
                .addPossibleAttendanceModes(AttendanceMode.HYBRID, AttendanceMode.ONLINE)
                .changingThemeAndPlace(true)
                .addTopics("Demografie", "Beteiligung")
                .addTargetAudiences("Kommunen")
                .addAims("Austausch", "Vernetzung")
                .addGuidingQuestions("Wie sieht die Zukunft aus?", "Wer gestaltet sie?")
                .website(URI.create("https://kommunen-innovativ.de/"))
                .revision(1)
                .build();
        Venue venue = Venue.builder()
                .id(VENUE).name("DASA Arbeitswelt Ausstellung")
                .address(Address.builder().street("Friedrich-Henkel-Weg 1-25").postalCode("44149").locality("Dortmund")
                        .build())
                .geo(GeoPoint.of(51.4934, 7.4085))
                .addRooms(Room.builder().id(RoomId.of("dasa-halle")).name("Halle 1").capacity(400)
                                .addAccessibility(AccessibilityFeature.HEARING_LOOP, AccessibilityFeature.STEP_FREE_ACCESS)
                                .addAvailability(Availability.of(LocalDateTime.of(2018, 9, 17, 7, 0, 0, 123_456_000),
                                        LocalDateTime.of(2018, 9, 21, 0, 0)))
                                .build(),
                        Room.builder().id(RoomId.of("dasa-raum-2")).name("Raum 2").build())
                .addAccessibility(AccessibilityFeature.ACCESSIBLE_TOILET, AccessibilityFeature.ACCESSIBLE_PARKING)
                .accessibilityNote("Aufzug am Nordeingang")
                .website(URI.create("https://www.dasa-dortmund.de/"))
                .build();
        FundingProgramme programme = FundingProgramme.builder()
                .id(PROGRAMME).name("Kommunen innovativ").description("Fördermaßnahme des BMBF")
                .addFunders(INSTITUTE).framework("FONA").start(LocalDate.of(2016, 1, 1)).end(LocalDate.of(2021, 12, 31))
                .addFocuses("Demografischer Wandel", "Innovation")
                .accompanyingResearch(RESEARCH).statedProjectCount(30)
                .website(URI.create("https://kommunen-innovativ.de/programm"))
                .build();
        Project project = Project.builder()
                .id(PROJECT).acronym("KoSI-Lab").title("Kommunale Labore sozialer Innovation")
                .kind(ProjectKind.JOINT_PROJECT).description("Co-Creation").programme(PROGRAMME)
                .addConsortium(ConsortiumMember.builder().organization(CITY).lead(true).unit(OFFICE).role("Koordination")
                        .build(), ConsortiumMember.partner(INSTITUTE))
                .addPlaces("Dortmund", "Wuppertal").addMunicipalities(CITY)
                .start(LocalDate.of(2016, 6, 1)).end(LocalDate.of(2019, 5, 31))
                .addGrantReferences("033L175A").addTopics("Soziale Innovation")
                .website(URI.create("https://kosi-lab.de/"))
                .build();
        Project research = Project.builder()
                .id(RESEARCH).title("Wissenschaftliche Begleitung").kind(ProjectKind.ACCOMPANYING_RESEARCH)
                .programme(PROGRAMME).build();
        Session keynote = Session.builder()
                .id(SessionId.of("fk18-keynote")).title("Keynote").format(SessionFormat.KEYNOTE)
                .formatLabel("Auftaktimpuls").description("Zukunft der Kommunen").day(1)
                .start(LocalTime.of(10, 15)).end(LocalTime.of(11, 0)).endDerived(true)
                .room(RoomId.of("dasa-halle")).number(1).expectedAudience(300)
                .addGuidingQuestions("Was ist neu?", "Wer macht mit?").addTopics("Demografie")
                .addContributions(Contribution.builder().person(SPEAKER).role(ContributionRole.SPEAKER)
                        .addOnBehalfOf(INSTITUTE, PROJECT).function("Leiterin").build())
                .build();
        Session workshopA = Session.builder()
                .id(SessionId.of("fk18-ws-a")).title("Workshop A").format(SessionFormat.WORKSHOP).day(2)
                .start(LocalTime.of(14, 0)).end(LocalTime.of(15, 30)).room(RoomId.of("dasa-raum-2"))
                .block(BlockId.of("b1")).addPresenters(PROJECT, CITY)
                .addContributions(Contribution.of(MODERATOR, ContributionRole.MODERATOR),
                        Contribution.of(SPEAKER, ContributionRole.PANELIST, CITY))
                .build();
        Session inner = Session.builder()
                .id(SessionId.of("fk18-ws-a-1")).title("Projektvorstellung").format(SessionFormat.PROJECT_PRESENTATION)
                .day(2).parent(SessionId.of("fk18-ws-a")).optional(true).build();
        Session party = Session.builder()
                .id(SessionId.of("fk18-abend")).title("Abendempfang").format(SessionFormat.NETWORKING).day(1)
                .start(LocalTime.of(22, 0)).end(LocalTime.of(1, 30)).endsNextDay(true).sideProgramme(true).build();
        Event event = Event.builder()
                .id(EVENT).title("Fachkonferenz 2018").subtitle("Kommunen innovativ").theme("Zukunft gestalten")
                .description("Zwei Tage in Dortmund").type(EventType.CONFERENCE).status(EventStatus.PROGRAMME_PUBLISHED)
                .series(SERIES).editionNumber(2).statedYear(2018).zone(ZoneId.of("Europe/Berlin"))
                .startDate(LocalDate.of(2018, 9, 18)).days(2).dailyStart(LocalTime.of(9, 30))
                .dailyEnd(LocalTime.of(17, 0)).attendanceMode(AttendanceMode.HYBRID).venue(VENUE)
                .online(OnlineLocation.builder().joinUrl(URI.create("https://meet.example.org/fk18"))
                        .platform("BigBlueButton").label("Livestream").build())
                .addInvolvements(Involvement.of(INSTITUTE, InvolvementRole.ORGANISER),
                        Involvement.of(CITY, InvolvementRole.HOST), Involvement.of(PROJECT, InvolvementRole.SPONSOR))
                .fundingProgramme(PROGRAMME)
                .addContributions(Contribution.builder().person(MODERATOR).role(ContributionRole.MODERATOR)
                                .addOnBehalfOf(INSTITUTE).function("Gesamtmoderation").build(),
                        Contribution.of(SPEAKER, ContributionRole.HOST, CITY, PROJECT))
                .addProgramme(keynote, workshopA, inner, party)
                .addBlocks(ParallelBlock.builder().id(BlockId.of("b1")).label("Workshops").day(2)
                        .start(LocalTime.of(14, 0)).end(LocalTime.of(15, 30)).announcedSessionCount(3).build())
                .addTargetAudiences("Verwaltung", "Zivilgesellschaft")
                .addTopics("Demografie", "Kooperation").addGuidingQuestions("Wie weiter?")
                .registration(Registration.builder().state(RegistrationState.OPEN)
                        .url(URI.create("https://example.org/anmeldung"))
                        .opens(LocalDateTime.of(2018, 6, 1, 9, 0)).closes(LocalDateTime.of(2018, 9, 1, 23, 59, 59))
                        .fee(Fee.builder().amount(new BigDecimal("49.50")).currency("EUR").note("inkl. Verpflegung")
                                .build())
                        .capacity(400).note("begrenzt").build())
                .contact(MODERATOR)
                .website(URI.create("https://kommunen-innovativ.de/fk18"))
                .addLinks(Link.builder().label("Programm (PDF)").url(URI.create("https://example.org/p.pdf"))
                                .mediaType("application/pdf").sizeBytes(123_456L).build(),
                        Link.builder().label("Dokumentation").build())
                .participantCount(250).language("de").revision(7)
                .build();
        Event online = Event.builder()
                .id(ONLINE).title("Online-Veranstaltung").type(EventType.ONLINE_EVENT).statedYear(2020)
                .attendanceMode(AttendanceMode.ONLINE).online(OnlineLocation.builder().build())
                .registration(Registration.builder().build())
                .build();
        CoCreationLab lab = CoCreationLab.builder()
                .id(LabId.of("lab-dortmund")).name("Labor Dortmund").purpose("Dienste gemeinsam entwickeln")
                .hostMunicipality(CITY).project(PROJECT).addPartners(INSTITUTE, OFFICE).addLabSessions(EVENT)
                .addTopics("Co-Creation").build();
        Award award = Award.builder()
                .id(AwardId.of("integrative-stadt")).name("Integrative Stadt").description("Preis")
                .series(SERIES).awardedBy(INSTITUTE)
                .addEligibleKinds(OrganizationKind.MUNICIPALITY, OrganizationKind.DISTRICT)
                .addLaureates(Laureate.builder().party(CITY).edition(EVENT).year(2018).category("Großstadt").build(),
                        Laureate.builder().party(SPEAKER).build())
                .build();
        return Catalog.builder()
                .addOrganizations(city, office, institute)
                .addPeople(speaker, moderator)
                .addSeries(series)
                .addEvents(event, online)
                .addVenues(venue)
                .addFundingProgrammes(programme)
                .addProjects(project, research)
                .addLabs(lab)
                .addAwards(award)
                .build();
    }

    /** @return an event of the given id with a programme of n sessions, each with a speaker */
    static Event eventWithSessions(String id, int n, PersonId speaker) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sessions.add(Session.builder()
                    .id(SessionId.of(id + "-s" + i)).title("Session " + i).format(SessionFormat.TALK).day(1)
                    .start(LocalTime.of(9, 0)).end(LocalTime.of(10, 0)).addTopics("t" + (i % 7))
                    .addContributions(Contribution.of(speaker, ContributionRole.SPEAKER, CITY))
                    .build());
        }
        return Event.builder().id(EventId.of(id)).title("Event " + id).startDate(LocalDate.of(2024, 5, 1))
                .addAllProgramme(sessions).build();
    }
}
