package io.github.konvent.query;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalTime;

/** A small hand-built catalog whose analyses are worked out by hand in the tests. */
final class MiniCatalog {
    static final OrganizationId CITY = OrganizationId.of("city");
    static final OrganizationId MINISTRY = OrganizationId.of("ministry");
    static final OrganizationId DIFU = OrganizationId.of("difu");
    static final OrganizationId UNI = OrganizationId.of("uni");
    static final OrganizationId ZZE = OrganizationId.of("zze");
    static final PersonId ANNA = PersonId.of("anna");
    static final PersonId BEN = PersonId.of("ben");
    static final PersonId CARA = PersonId.of("cara");
    static final SeriesId KI = SeriesId.of("ki");
    static final ProgrammeId PROGRAMME = ProgrammeId.of("ki-programme");
    static final ProjectId P1 = ProjectId.of("p1");
    static final ProjectId P2 = ProjectId.of("p2");

    private MiniCatalog() {}

    static Session.Builder session(String id, String title, SessionFormat format) {
        return Session.builder().id(SessionId.of(id)).title(title).format(format);
    }

    static Session timed(String id, SessionFormat format, int day, int h1, int m1, int h2, int m2) {
        return session(id, id + " " + format, format).day(day).start(LocalTime.of(h1, m1)).end(LocalTime.of(h2, m2))
                .build();
    }

    static Catalog catalog() {
        Event ki2018 = Event.builder()
                .id(EventId.of("ki-2018"))
                .title("Fachkonferenz 2018")
                .series(KI)
                .startDate(LocalDate.of(2018, 9, 18))
                .days(2)
                .venue(VenueId.of("dkh"))
                .fundingProgramme(PROGRAMME)
                .addInvolvements(Involvement.of(CITY, InvolvementRole.HOST))
                .addTopics("Demografie")
                .addBlocks(ParallelBlock.builder().id(BlockId.of("blk1")).day(1).start(LocalTime.of(13, 0))
                        .end(LocalTime.of(14, 30)).build())
                .addProgramme(
                        session("s1", "Keynote", SessionFormat.KEYNOTE).start(LocalTime.of(10, 0))
                                .end(LocalTime.of(11, 0)).addTopics("Zivilgesellschaft")
                                .addContributions(Contribution.of(ANNA, ContributionRole.SPEAKER, DIFU)).build(),
                        session("s2", "Talkrunde", SessionFormat.PANEL).start(LocalTime.of(11, 0))
                                .end(LocalTime.of(12, 0))
                                .addContributions(Contribution.of(ANNA, ContributionRole.MODERATOR),
                                        Contribution.of(BEN, ContributionRole.PANELIST, P1),
                                        Contribution.of(CARA, ContributionRole.PANELIST))
                                .build(),
                        timed("s5", SessionFormat.LUNCH_BREAK, 1, 12, 0, 13, 0),
                        session("s3", "Workshop 1", SessionFormat.WORKSHOP).block(BlockId.of("blk1")).number(1)
                                .addPresenters(P1).build(),
                        session("s4", "Workshop 2", SessionFormat.WORKSHOP).block(BlockId.of("blk1")).number(2)
                                .addPresenters(CITY).build(),
                        timed("s7", SessionFormat.GREETING, 2, 9, 0, 9, 15),
                        session("s6", "Führung", SessionFormat.TOUR).day(2).start(LocalTime.of(9, 0))
                                .end(LocalTime.of(11, 0)).sideProgramme(true).build())
                .build();
        Event ki2020 = Event.builder()
                .id(EventId.of("ki-2020"))
                .title("Online 2020")
                .series(KI)
                .startDate(LocalDate.of(2020, 11, 24))
                .attendanceMode(AttendanceMode.ONLINE)
                .addInvolvements(Involvement.of(DIFU, InvolvementRole.ORGANISER))
                .addTopics("Demografie", "Allianzen")
                .addProgramme(
                        session("t1", "Begrüßung", SessionFormat.WELCOME).start(LocalTime.of(10, 0))
                                .end(LocalTime.of(10, 20))
                                .addContributions(Contribution.of(ANNA, ContributionRole.SPEAKER)).build(),
                        timed("t3", SessionFormat.COFFEE_BREAK, 1, 10, 20, 10, 30),
                        session("t2", "Diskussionsrunde", SessionFormat.DISCUSSION_ROUND).start(LocalTime.of(11, 40))
                                .end(LocalTime.of(12, 30)).addTopics("Allianzen")
                                .addContributions(Contribution.of(BEN, ContributionRole.PANELIST, ZZE, P1),
                                        Contribution.of(CARA, ContributionRole.PANELIST),
                                        Contribution.of(ANNA, ContributionRole.MODERATOR))
                                .build())
                .build();
        Event undated = Event.builder()
                .id(EventId.of("std"))
                .title("Save the date")
                .addInvolvements(Involvement.of(UNI, InvolvementRole.ORGANISER))
                .addProgramme(session("u1", "Vortrag", SessionFormat.TALK)
                        .addContributions(Contribution.of(BEN, ContributionRole.SPEAKER)).build())
                .build();
        return Catalog.builder()
                .addOrganizations(
                        Organization.builder().id(CITY).name("Stadt Dortmund").kind(OrganizationKind.MUNICIPALITY)
                                .address(Address.builder().locality("Dortmund").build()).build(),
                        Organization.builder().id(MINISTRY).name("Bundesministerium für Bildung und Forschung")
                                .shortName("BMBF").kind(OrganizationKind.MINISTRY).build(),
                        Organization.builder().id(DIFU).name("Deutsches Institut für Urbanistik").shortName("Difu")
                                .kind(OrganizationKind.RESEARCH_INSTITUTE).build(),
                        Organization.builder().id(UNI).name("Universität Koblenz").kind(OrganizationKind.UNIVERSITY)
                                .build(),
                        Organization.builder().id(ZZE).name("Zentrum für zivilgesellschaftliche Entwicklung")
                                .shortName("zze").kind(OrganizationKind.ASSOCIATION).build())
                .addPeople(
                        Person.builder().id(ANNA).givenName("Anna").familyName("Arendt")
                                .addAffiliations(Affiliation.builder().organization(DIFU).build()).build(),
                        Person.builder().id(BEN).honorific("Prof. Dr.").givenName("Ben").familyName("Berg")
                                .addAffiliations(
                                        Affiliation.builder().organization(UNI).validUntil(LocalDate.of(2019, 12, 31))
                                                .build(),
                                        Affiliation.builder().organization(ZZE).validFrom(LocalDate.of(2020, 1, 1))
                                                .build())
                                .build(),
                        Person.builder().id(CARA).givenName("Cara").familyName("Cordes").build())
                .addSeries(EventSeries.builder().id(KI).name("Kommunen innovativ").cadence(Cadence.annual())
                        .addInvolvements(Involvement.of(MINISTRY, InvolvementRole.FUNDER)).build())
                .addVenues(Venue.builder().id(VenueId.of("dkh")).name("Dietrich-Keuning-Haus")
                        .address(Address.builder().locality("Dortmund").build()).build())
                .addFundingProgrammes(FundingProgramme.builder().id(PROGRAMME).name("Kommunen innovativ")
                        .addFunders(MINISTRY).build())
                .addProjects(
                        Project.builder().id(P1).acronym("P-One").title("Project one").programme(PROGRAMME).build(),
                        Project.builder().id(P2).title("Project two").programme(PROGRAMME).build())
                .addEvents(ki2018, ki2020, undated)
                .build();
    }
}
