package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
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
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** A small hand-built catalog with what the iCal adapter must handle: umlauts, DST, online, series, people. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {}

    static KonventICal ical() {
        return KonventICal.create().withClock(CLOCK);
    }

    static Catalog catalog() {
        OrganizationId uni = OrganizationId.of("uni-koblenz");
        OrganizationId kas = OrganizationId.of("kas");
        Organization o1 = Organization.builder().id(uni).name("Universität Koblenz").kind(OrganizationKind.UNIVERSITY).build();
        Organization o2 = Organization.builder().id(kas).name("Konrad-Adenauer-Stiftung").shortName("KAS")
                .kind(OrganizationKind.FOUNDATION).build();
        Person wimmer = Person.builder().id(PersonId.of("maria-wimmer")).honorific("Prof. Dr.").givenName("Maria")
                .familyName("Wimmer").salutation("Frau")
                .addAffiliation(Affiliation.builder().organization(uni).build())
                .addContact(ContactPoint.builder().email("wimmer@example.org").isPublic(true).build())
                .build();
        Person secret = Person.builder().id(PersonId.of("jens-geheim")).givenName("Jens").familyName("Müller-Lüdenscheidt")
                .addContact(ContactPoint.builder().email("privat@example.org").phone("+49 30 1234").build())
                .build();
        Person contact = Person.builder().id(PersonId.of("anna-kontakt")).givenName("Anna").familyName("Kontakt")
                .addContact(ContactPoint.builder().email("veranstaltung@example.org").isPublic(true).build())
                .build();
        Venue venue = Venue.builder().id(VenueId.of("dkh")).name("Dietrich-Keuning-Haus")
                .address(Address.builder().street("Leopoldstraße 50–58").postalCode("44147").locality("Dortmund")
                        .region("Nordrhein-Westfalen").build())
                .geo(GeoPoint.of(51.5192, 7.4636))
                .addRoom(Room.builder().id(RoomId.of("dkh-saal")).name("Großer Saal; Ebene 1, links").build())
                .build();
        SeriesId seminar = SeriesId.of("seminarreihe");
        EventSeries series = EventSeries.builder().id(seminar).name("Zivilgesellschaft & Amt")
                .cadence(Cadence.explicit(LocalDate.of(2021, 4, 28), LocalDate.of(2021, 6, 2), LocalDate.of(2021, 10, 6)))
                .build();
        SeriesId biennial = SeriesId.of("engagementkongress");
        EventSeries congress = EventSeries.builder().id(biennial).name("Engagementkongress NRW")
                .cadence(Cadence.biennial()).firstYear(2013).build();
        Event winter = Event.builder().id(EventId.of("winterkongress-2024")).title(
                        "Kommunalkongress 2024: Digitalisierung und Co-Creation – Perspektiven einer gelingenden Integration mithilfe innovativer Technologien, Teil Ü")
                .type(EventType.CONGRESS).status(EventStatus.PROGRAMME_PUBLISHED)
                .startDate(LocalDate.of(2024, 2, 20)).days(2)
                .dailyStart(LocalTime.of(10, 0)).dailyEnd(LocalTime.of(17, 0))
                .venue(venue.id()).contact(contact.id()).revision(3)
                .description("Zwei Tage; mit Grußwort, Impulsen und Foren.\nÄußerst wichtig: \"Anmeldung\" bis 1.2.")
                .addTopics("Digitalisierung", "Integration, Teilhabe")
                .website(URI.create("https://example.org/kongress?x=1&y=2"))
                .addProgramme(Session.builder().id(SessionId.of("w-1")).title("Auftaktimpuls: Digitalisierung und Co-Creation")
                        .format(SessionFormat.KEYNOTE).day(1).start(LocalTime.of(10, 0)).end(LocalTime.of(10, 45))
                        .room(RoomId.of("dkh-saal"))
                        .addContribution(Contribution.builder().person(wimmer.id()).role(ContributionRole.SPEAKER)
                                .addOnBehalfOf(uni).function("Professorin").build())
                        .build())
                .addProgramme(Session.builder().id(SessionId.of("w-2")).title("Podiumsdiskussion")
                        .format(SessionFormat.PANEL).day(1).start(LocalTime.of(11, 0)).end(LocalTime.of(12, 30)).endDerived(true)
                        .addContribution(Contribution.of(secret.id(), ContributionRole.MODERATOR, kas))
                        .addContribution(Contribution.of(wimmer.id(), ContributionRole.PANELIST))
                        .build())
                .addProgramme(Session.builder().id(SessionId.of("w-3")).title("Abendempfang")
                        .format(SessionFormat.NETWORKING).day(1).start(LocalTime.of(22, 0)).end(LocalTime.of(1, 0)).endsNextDay(true)
                        .build())
                .addProgramme(Session.builder().id(SessionId.of("w-4")).title("Exkursion, Zeit folgt")
                        .format(SessionFormat.TOUR).day(2).build())
                .build();
        Event summer = Event.builder().id(EventId.of("sommer-online-2020")).title("Online-Fachkonferenz")
                .type(EventType.ONLINE_EVENT).attendanceMode(AttendanceMode.ONLINE)
                .startDate(LocalDate.of(2020, 6, 17)).dailyStart(LocalTime.of(10, 0)).dailyEnd(LocalTime.of(15, 0))
                .online(OnlineLocation.builder().joinUrl(URI.create("https://meet.example.org/j/123?pwd=a;b"))
                        .platform("Zoom").label("Zur Videokonferenz").build())
                .addProgramme(Session.builder().id(SessionId.of("s-1")).title("Begrüßung").format(SessionFormat.WELCOME)
                        .start(LocalTime.of(10, 0)).end(LocalTime.of(10, 15)).build())
                .build();
        Event saveTheDate = Event.builder().id(EventId.of("ek-2015")).title("Engagementkongress NRW 2015")
                .status(EventStatus.SAVE_THE_DATE).series(biennial).startDate(LocalDate.of(2015, 3, 27)).days(2)
                .dailyStart(LocalTime.of(9, 30)).build();
        Event ek2013 = Event.builder().id(EventId.of("ek-2013")).title("Engagementkongress NRW 2013")
                .series(biennial).startDate(LocalDate.of(2013, 3, 22)).days(2).build();
        Event cancelled = Event.builder().id(EventId.of("abgesagt")).title("Abgesagte Tagung").type(EventType.SYMPOSIUM)
                .status(EventStatus.CANCELLED).startDate(LocalDate.of(2022, 3, 27))
                .dailyStart(LocalTime.of(1, 30)).dailyEnd(LocalTime.of(4, 0)).build();
        Event undated = Event.builder().id(EventId.of("ohne-datum")).title("Kongress ohne Datum").statedYear(2024)
                .addProgramme(Session.builder().id(SessionId.of("u-1")).title("Impuls").format(SessionFormat.IMPULSE)
                        .start(LocalTime.of(9, 0)).build())
                .build();
        Catalog.Builder b = Catalog.builder().addOrganizations(o1, o2).addPeople(wimmer, secret, contact).addVenues(venue)
                .addSeries(series, congress).addEvents(winter, summer, saveTheDate, ek2013, cancelled, undated);
        String[] dates = {"2021-04-28", "2021-06-02", "2021-10-06"};
        for (int i = 0; i < dates.length; i++) {
            b.addEvents(Event.builder().id(EventId.of("seminar-" + (i + 1))).title("Zivilgesellschaft & Amt – Termin " + (i + 1))
                    .type(EventType.SEMINAR).attendanceMode(AttendanceMode.ONLINE).series(seminar)
                    .startDate(LocalDate.parse(dates[i])).dailyStart(LocalTime.of(14, 0)).dailyEnd(LocalTime.of(17, 0))
                    .build());
        }
        return b.build();
    }
}
