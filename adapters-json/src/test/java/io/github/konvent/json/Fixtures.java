package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
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

/** A hand-built catalog that sets every field of every type at least once. */
final class Fixtures {
    private Fixtures() {}

    static final OrganizationId BMBF = OrganizationId.of("bmbf");
    static final OrganizationId DORTMUND = OrganizationId.of("dortmund");
    static final OrganizationId AMT = OrganizationId.of("dortmund-amt");
    static final PersonId MUELLER = PersonId.of("mueller");
    static final PersonId SCHMIDT = PersonId.of("schmidt");
    static final EventId KONF = EventId.of("konf-2024");
    static final EventId ONLINE = EventId.of("online-2020");

    static Catalog full() {
        Organization bmbf = Organization.builder().id(BMBF).name("Bundesministerium für Bildung und Forschung")
                .shortName("BMBF").kind(OrganizationKind.FEDERAL_GOVERNMENT)
                .website(URI.create("https://www.bmbf.de"))
                .addContacts(ContactPoint.builder().email("info@bmbf.de").isPublic(true).build())
                .revision(3).build();
        Organization dortmund = Organization.builder().id(DORTMUND).name("Stadt Dortmund").kind(OrganizationKind.MUNICIPALITY)
                .ags("05913000")
                .address(Address.builder().street("Friedensplatz 1").postalCode("44135").locality("Dortmund")
                        .district("Innenstadt-West").region("Nordrhein-Westfalen").build())
                .addContacts(ContactPoint.builder().phone("+49 231 0").url(URI.create("https://dortmund.de")).build())
                .build();
        Organization amt = Organization.builder().id(AMT).name("Amt für Stadterneuerung")
                .kind(OrganizationKind.ADMINISTRATIVE_UNIT).parent(DORTMUND).build();
        Organization wien = Organization.builder().id(OrganizationId.of("uni-wien")).name("Universität Wien").kind(OrganizationKind.UNIVERSITY)
                .address(Address.builder().locality("Wien").country("AT").build()).build();
        Person mueller = Person.builder().id(MUELLER).salutation("Frau").honorific("Prof. Dr.").givenName("Maria")
                .familyName("Müller")
                .addAffiliations(Affiliation.builder().organization(OrganizationId.of("uni-wien")).position("Professorin")
                        .validFrom(LocalDate.of(2019, 1, 1)).validUntil(LocalDate.of(2025, 12, 31))
                        .asOf(LocalDate.of(2024, 5, 1)).build())
                .addContacts(ContactPoint.builder().email("maria.mueller@example.org").phone("+43 1 234").build())
                .addContacts(ContactPoint.builder().url(URI.create("https://example.org/mueller")).isPublic(true).build())
                .revision(1).build();
        Person schmidt = Person.builder().id(SCHMIDT).familyName("Schmidt")
                .addAffiliations(Affiliation.builder().organization(AMT).build()).build();
        FundingProgramme programme = FundingProgramme.builder().id(ProgrammeId.of("kommunen-innovativ"))
                .name("Kommunen innovativ").description("Fördermaßnahme").addFunders(BMBF).framework("FONA")
                .start(LocalDate.of(2016, 1, 1)).end(LocalDate.of(2021, 12, 31)).addFocuses("Demografie", "Land")
                .accompanyingResearch(ProjectId.of("komin-net")).statedProjectCount(30)
                .website(URI.create("https://kommunen-innovativ.de")).revision(2).build();
        Project net = Project.builder().id(ProjectId.of("komin-net")).acronym("KomKomIn").title("Begleitforschung")
                .kind(ProjectKind.ACCOMPANYING_RESEARCH).programme(ProgrammeId.of("kommunen-innovativ"))
                .addConsortium(ConsortiumMember.builder().organization(OrganizationId.of("uni-wien")).lead(true)
                        .role("Verbundkoordination").build())
                .addConsortium(ConsortiumMember.builder().organization(DORTMUND).unit(AMT).build())
                .addPlaces("Dortmund").addMunicipalities(DORTMUND).start(LocalDate.of(2016, 6, 1))
                .end(LocalDate.of(2019, 5, 31)).addGrantReferences("033L123A").addTopics("Beteiligung")
                .description("Vernetzung der Projekte").website(URI.create("https://example.org/komin")).revision(1).build();
        Project plain = Project.builder().id(ProjectId.of("plain")).title("Ein Projekt").build();
        EventSeries series = EventSeries.builder().id(SeriesId.of("kongress")).name("Kommunalkongress")
                .motto("Demokratie vor Ort").description("Jährlicher Kongress").cadence(Cadence.annual())
                .firstYear(2014).addInvolvements(Involvement.of(BMBF, InvolvementRole.ORGANISER))
                .typicalDays(2).typicalAttendanceMode(AttendanceMode.IN_PERSON)
                .addPossibleAttendanceModes(AttendanceMode.ONLINE, AttendanceMode.HYBRID)
                .changingThemeAndPlace(true).addTopics("Energie").addTargetAudiences("Kommunalpolitik")
                .addAims("Engagement fördern").website(URI.create("https://example.org/kongress")).revision(4).build();
        EventSeries seminars = EventSeries.builder().id(SeriesId.of("seminare")).name("Seminarreihe")
                .cadence(Cadence.explicit(LocalDate.of(2021, 4, 28), LocalDate.of(2021, 6, 2))).build();
        Venue venue = Venue.builder().id(VenueId.of("dkh")).name("Dietrich-Keuning-Haus")
                .address(Address.builder().street("Leopoldstraße 50-58").postalCode("44147").locality("Dortmund").build())
                .geo(GeoPoint.of(51.5194, 7.4652))
                .addRooms(Room.builder().id(RoomId.of("dkh-saal")).name("Großer Saal").capacity(500)
                        .addAccessibility(AccessibilityFeature.HEARING_LOOP).build())
                .addRooms(Room.builder().id(RoomId.of("dkh-1")).name("Raum 1").build())
                .addAccessibility(AccessibilityFeature.STEP_FREE_ACCESS, AccessibilityFeature.ACCESSIBLE_TOILET)
                .accessibilityNote("Aufzug am Nordeingang").website(URI.create("https://dkh.example.org")).revision(1).build();
        Event konf = Event.builder().id(KONF).title("Kommunalkongress 2024").subtitle("Zusammenhalt")
                .theme("Integrative Stadt").description("Zwei Tage in Dortmund").type(EventType.CONGRESS)
                .status(EventStatus.PROGRAMME_PUBLISHED).series(SeriesId.of("kongress")).editionNumber(10)
                .statedYear(2024).startDate(LocalDate.of(2024, 6, 13)).days(2)
                .dailyStart(LocalTime.of(9, 30)).dailyEnd(LocalTime.of(16, 30)).attendanceMode(AttendanceMode.HYBRID)
                .venue(VenueId.of("dkh"))
                .online(OnlineLocation.builder().joinUrl(URI.create("https://meet.example.org/k")).platform("Zoom")
                        .label("Zur Videokonferenz").build())
                .addInvolvements(Involvement.of(BMBF, InvolvementRole.FUNDER),
                        Involvement.of(ProjectId.of("komin-net"), InvolvementRole.COOPERATION_PARTNER))
                .addContributions(Contribution.builder().person(SCHMIDT).role(ContributionRole.MODERATOR)
                        .addOnBehalfOf(AMT).function("Gesamtmoderation").build())
                .fundingProgramme(ProgrammeId.of("kommunen-innovativ"))
                .addBlocks(ParallelBlock.builder().id(BlockId.of("ws1")).label("Workshopphase I").day(1)
                        .start(LocalTime.of(13, 0)).end(LocalTime.of(14, 30)).announcedSessionCount(2).build())
                .addBlocks(ParallelBlock.builder().id(BlockId.of("ws2")).day(2).build())
                .addProgramme(Session.builder().id(SessionId.of("k-1")).title("Begrüßung").format(SessionFormat.WELCOME)
                        .start(LocalTime.of(9, 30)).end(LocalTime.of(10, 0)).room(RoomId.of("dkh-saal"))
                        .addContributions(Contribution.builder().person(SCHMIDT).role(ContributionRole.HOST)
                                .addOnBehalfOf(AMT).function("Amtsleiter").build())
                        .build())
                .addProgramme(Session.builder().id(SessionId.of("k-2")).title("Auftaktimpuls: Digitalisierung")
                        .format(SessionFormat.KEYNOTE).formatLabel("Auftaktimpuls").description("Co-Creation")
                        .start(LocalTime.of(10, 0)).end(LocalTime.of(10, 45)).endDerived(true)
                        .addContributions(Contribution.of(MUELLER, ContributionRole.SPEAKER, OrganizationId.of("uni-wien")))
                        .addTopics("Digitalisierung").addGuidingQuestions("Wie gelingt Integration?")
                        .expectedAudience(300).build())
                .addProgramme(Session.builder().id(SessionId.of("k-3")).title("Workshop 1").format(SessionFormat.WORKSHOP)
                        .start(LocalTime.of(13, 0)).end(LocalTime.of(14, 30)).room(RoomId.of("dkh-1")).block(BlockId.of("ws1"))
                        .number(1).addPresenters(ProjectId.of("komin-net"), DORTMUND).build())
                .addProgramme(Session.builder().id(SessionId.of("k-3a")).title("Projekt A").format(SessionFormat.PROJECT_PRESENTATION)
                        .parent(SessionId.of("k-3")).optional(true).build())
                .addProgramme(Session.builder().id(SessionId.of("k-4")).title("Stadtführung").format(SessionFormat.TOUR)
                        .day(2).start(LocalTime.of(22, 0)).end(LocalTime.of(0, 30)).endsNextDay(true).sideProgramme(true).build())
                .addTargetAudiences("Verwaltung").addTopics("Integration").addGuidingQuestions("Was hält zusammen?")
                .registration(Registration.builder().state(RegistrationState.OPEN).url(URI.create("https://example.org/anmeldung"))
                        .opens(LocalDateTime.of(2024, 3, 1, 9, 0)).closes(LocalDateTime.of(2024, 6, 1, 23, 59))
                        .fee(Fee.builder().amount(new BigDecimal("49.50")).currency("EUR").note("inkl. Verpflegung").build())
                        .capacity(400).note("Plätze begrenzt").build())
                .contact(SCHMIDT).website(URI.create("https://example.org/kk2024"))
                .addLinks(Link.builder().label("Programm (PDF)").url(URI.create("https://example.org/p.pdf"))
                        .mediaType("application/pdf").sizeBytes(123456L).build())
                .participantCount(350).language("de").revision(7).build();
        Event online = Event.builder().id(ONLINE).title("Online-Konferenz").type(EventType.ONLINE_EVENT)
                .status(EventStatus.CANCELLED).series(SeriesId.of("seminare")).zone(ZoneId.of("Europe/Vienna"))
                .attendanceMode(AttendanceMode.ONLINE).language("en")
                .registration(Registration.builder().fee(Fee.euros("0")).build())
                .addProgramme(Session.builder().id(SessionId.of("o-1")).title("Technik").format(SessionFormat.TECHNICAL_INTRO).build())
                .build();
        Award award = Award.builder().id(AwardId.of("integrative-stadt")).name("Integrative Stadt")
                .description("Zusammenhalt").series(SeriesId.of("kongress")).awardedBy(BMBF)
                .addEligibleKinds(OrganizationKind.MUNICIPALITY, OrganizationKind.DISTRICT)
                .addLaureates(Laureate.builder().party(DORTMUND).edition(KONF).year(2024).category("Großstadt").build())
                .revision(1).build();
        CoCreationLab lab = CoCreationLab.builder().id(LabId.of("lab-1")).name("Reallabor").purpose("Erproben")
                .hostMunicipality(DORTMUND).project(ProjectId.of("komin-net")).addPartners(AMT).addLabSessions(ONLINE)
                .addTopics("Wohnen").revision(2).build();
        return Catalog.builder().addOrganizations(bmbf, dortmund, amt, wien).addPeople(mueller, schmidt)
                .addSeries(series, seminars).addVenues(venue).addFundingProgrammes(programme).addProjects(net, plain)
                .addLabs(lab).addAwards(award).addEvents(konf, online).build();
    }
}
